import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .email("Enter a valid email address")
  .max(254, "That email address is too long");

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(1024),
});

export const newPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(1024, "That password is too long"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ" });

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const INVITABLE_ROLES = ["PROGRAM_CHAIR", "SENIOR_AREA_CHAIR", "AREA_CHAIR", "REVIEWER", "AUTHOR"] as const;

export const inviteSchema = z.object({
  venueId: z.string().min(1),
  email: emailSchema,
  name: z.string().trim().min(1, "Enter the person's name").max(200),
  role: z.enum(INVITABLE_ROLES, { message: "Choose a role" }),
});
export type InviteInput = z.infer<typeof inviteSchema>;
