/**
 * The one way a study page loads its study-month: the study's entry in `studies.json`, the engine
 * that computed the build's numbers, and whichever of the month's aggregate files the page reads
 * (analysis.json, truth.json, snapshot.json). Framework resolves `FileAttachment` names in the
 * page's own code (a name built elsewhere is not copied into the site), so the page names the files
 * and this loads them:
 *
 *   const {studyId, month, studies, study, engines, analysis} = await studyMonthData({study: observable.params.study, month: observable.params.month}, {
 *     studies: FileAttachment("../../../data/studies.json"),
 *     engine: FileAttachment("../../../data/built/engine.json"),
 *     analysis: FileAttachment(`../../../data/built/${observable.params.study}/${observable.params.month}/analysis.json`)
 *   });
 *
 * (Framework replaces `observable.params.<name>` in page code at build time; `observable.params`
 * alone is not defined in the browser, hence the two names.)
 *
 * A study or month the site does not hold halts the page with one line naming it (a link to a
 * study that was removed, or a typo in the URL), never a page of `undefined`.
 */
import { siteEngines, type Engines } from "./agreement.js";

/** What `studyMonthData` needs of a FileAttachment. */
export interface JsonAttachment {
  json(): Promise<unknown>;
}

/** The study's entry in studies.json: what every page reads of it (the rest is the page's). */
export interface StudyEntry {
  id: string;
  dataCuts?: readonly string[];
  [key: string]: unknown;
}

export interface StudyMonthFiles {
  studies: JsonAttachment;
  engine?: JsonAttachment;
  analysis?: JsonAttachment;
  truth?: JsonAttachment;
  snapshot?: JsonAttachment;
}

export interface StudyMonthData<S extends StudyEntry = StudyEntry> {
  studyId: string;
  month: string;
  studies: S[];
  study: S;
  /** The build's engine (null when the page did not ask for engine.json). */
  engines: Engines | null;
  analysis: unknown;
  truth: unknown;
  snapshot: unknown;
}

export class StudyMonthNotFound extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StudyMonthNotFound";
  }
}

/**
 * The page's study-month, its files read in parallel.
 *
 * @throws StudyMonthNotFound when studies.json has no such study, or the study no such data cut
 */
export async function studyMonthData<S extends StudyEntry = StudyEntry>(params: { study: string; month: string }, files: StudyMonthFiles): Promise<StudyMonthData<S>> {
  const read = (file: JsonAttachment | undefined) => (file ? file.json() : Promise.resolve(null));
  const [studies, engine, analysis, truth, snapshot] = await Promise.all([read(files.studies), read(files.engine), read(files.analysis), read(files.truth), read(files.snapshot)]);
  const list = studies as S[];
  const study = list.find((s) => s.id === params.study);
  if (study === undefined) throw new StudyMonthNotFound(`study ${params.study}: not in this site's studies.json (${list.map((s) => s.id).join(", ")})`);
  if (study.dataCuts && !study.dataCuts.includes(params.month))
    throw new StudyMonthNotFound(`study ${params.study}: no data cut ${params.month} (the site holds ${study.dataCuts.join(", ")})`);
  return {
    studyId: params.study,
    month: params.month,
    studies: list,
    study,
    engines: engine === null ? null : await siteEngines(engine as Parameters<typeof siteEngines>[0]),
    analysis,
    truth,
    snapshot,
  };
}
