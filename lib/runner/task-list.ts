import type { TaskList } from "graphile-worker";
import type { TaskName } from "./task-names";
import { computeAffinityTask, computeConflictsTask } from "./tasks/matching";
import { runAssignmentTask } from "./tasks/run-assignment";
import { runExperimentTask, sweepExperimentRunsTask } from "./tasks/run-experiment";
import { sendMailTask } from "./tasks/send-mail";

export const taskList: Record<TaskName, TaskList[string]> = {
  "send-mail": sendMailTask,
  "compute-conflicts": computeConflictsTask,
  "compute-affinity": computeAffinityTask,
  "run-assignment": runAssignmentTask,
  "run-experiment": runExperimentTask,
  "sweep-experiment-runs": sweepExperimentRunsTask,
};
