import type { TaskList } from "graphile-worker";
import type { TaskName } from "./task-names";
import { sendMailTask } from "./tasks/send-mail";

export const taskList: Record<TaskName, TaskList[string]> = {
  "send-mail": sendMailTask,
};
