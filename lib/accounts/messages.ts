// What people are told about sign-in and emailed links. Worded so that no answer reveals whether an email has
// an account.
export const WRONG_CREDENTIALS = "Wrong email or password.";
export const THROTTLED = "Too many failed attempts. Wait 15 minutes, or reset your password.";
export const RESET_SENT = "If an account uses that address, we sent it a link to choose a new password.";

export const LINK_PROBLEMS = {
  expired: "This link has expired. Ask for a new one.",
  used: "This link was already used. Sign in, or ask for a new link.",
  unknown: "This link is not valid. Check that you copied it whole.",
} as const;
