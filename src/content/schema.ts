import { z } from "zod";

/** What a step's front matter may say. Answer keys are checked against the machine separately. */
export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1).max(70),
    description: z.string().trim().min(50).max(170),
    checked: z.iso.date({ message: "must be a date written as YYYY-MM-DD" }),
    question: z.string().trim().min(1).optional(),
    worked: z.string().trim().min(1).optional(),
    answers: z.record(z.string(), z.string().trim().min(1).max(48)).optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
