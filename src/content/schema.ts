import { z } from "zod";
import { devices } from "../wizard/machine.ts";
import { languages } from "./languages.ts";

export const sourceKinds = ["official", "press", "guide"] as const;

/** YAML reads `date: 2023` as a number; a source's date is text at any precision. */
const partialDate = z.preprocess(
  (value) => (typeof value === "number" ? String(value) : value),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be written as YYYY, YYYY-MM or YYYY-MM-DD"),
);

/** Where a step's menu names or facts come from. The same URL must read the same in every file. */
export const sourceSchema = z
  .object({
    title: z.string().trim().min(1).max(160),
    publisher: z.string().trim().min(1).max(100),
    /**
     * Who stands behind it: TikTok, Apple or Google themselves; a news or trade outlet; or anyone
     * else (a how-to site, a charity, a blog). A menu path resting on guides alone says so on the page.
     */
    kind: z.enum(sourceKinds, { message: `must be one of ${sourceKinds.join(", ")}` }),
    /** The page's own date, as precise as it gives it; left out when the page has none. */
    date: partialDate.optional(),
    url: z.url({ protocol: /^https?$/, message: "must be a full http(s) address" }),
    /** What this step relies on it for, in a few words (shown on the sources page). */
    for: z.string().trim().min(1).max(200),
    /** It gives the menu names this step shows, so the page says the path was checked against it. */
    menu: z.boolean().optional(),
    /** Only for this phone's part of the step: the other phone's page does not cite it. */
    device: z.enum(devices).optional(),
    /**
     * In a translation (content/<lang>/): the names on screen this source prints, as the step
     * writes them in bold. A name no source gives is hedged instead (src/content/languages.ts).
     */
    names: z.array(z.string().trim().min(1)).min(1).optional(),
    /** In a translation: the source's language, when it is not the translation's own (English). */
    lang: z.enum(languages).optional(),
  })
  .strict();

/** What a step's front matter may say. Answer keys are checked against the machine separately. */
export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1).max(70),
    description: z.string().trim().min(50).max(170),
    /** When the step's menu path was compared with its `menu` sources; only on steps with a path. */
    checked: z.iso.date({ message: "must be a date written as YYYY-MM-DD" }).optional(),
    question: z.string().trim().min(1).optional(),
    worked: z.string().trim().min(1).optional(),
    answers: z.record(z.string(), z.string().trim().min(1).max(60)).optional(),
    sources: z.array(sourceSchema).min(1).optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type Source = z.infer<typeof sourceSchema>;
