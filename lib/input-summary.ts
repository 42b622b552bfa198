import * as z from 'zod/mini';
import { anchorKey, type Anchor, type Comment, type Stance, type Thread } from './comments';
import { DEFAULT_LANG, langSchema } from './i18n';

/**
 * The written input on a board, summarised for a secretariat: per actor (an organisation, or a
 * person who gave none) and per thing commented on (responsibilities apart from proposals,
 * levels, indicators and the whole board). Pure and language-neutral: names of proposals and
 * responsibilities come from the caller, labels in a language from the page or the CSV.
 *
 * Counting is stanceTally's: one per comment that is not removed, by the comment's own stance,
 * with `none` for a comment without one. So the counts here always equal the threads' counts.
 */

/** A stance, or `none` for a comment without one. */
export type StanceOrNone = Stance | 'none';
/** The tally order every view and file uses. */
export const STANCE_ORDER: readonly StanceOrNone[] = ['for', 'against', 'question', 'neutral', 'none'];
/** Comments per stance, `none` included. */
export type StanceCounts = Record<StanceOrNone, number>;

/** Longest excerpt of a comment an argument list shows, in characters; the CSV carries the whole text. */
export const EXCERPT_LENGTH = 280;

/** One comment as an argument: enough to show it short and link to its thread. */
export type InputArgument = {
  threadId: string;
  commentId: string;
  anchor: string;
  name: string;
  organisation: string;
  verified: boolean;
  excerpt: string;
  createdAt: string;
};

/** How far an actor's comments were written by signed-in people: all, some or none of them. */
export type Verification = 'all' | 'some' | 'none';

/**
 * One actor's position on one proposal: how many of its people were last for and against it.
 * `stance` is theirs when all agree, `split` when they do not.
 */
export type ProposalStance = { proposalId: string; name: string | null; for: number; against: number; stance: 'for' | 'against' | 'split' };

/** Who spoke: an organisation, a person without one, or participants who erased their part. */
export type ActorKind = 'organisation' | 'person' | 'erased';

/** Everything one actor wrote. */
export type ActorInput = {
  key: string;
  kind: ActorKind;
  /** The organisation's most common spelling, the person's name, or '' once erased. */
  label: string;
  /** The names that wrote for this actor, in order of first comment. */
  people: string[];
  verified: Verification;
  comments: number;
  tally: StanceCounts;
  /** Per anchor key, this actor's comments on it. */
  byAnchor: Record<string, StanceCounts>;
  arguments: Record<StanceOrNone, InputArgument[]>;
  openQuestions: InputArgument[];
  proposals: ProposalStance[];
};

/** Everything written about one anchor. */
export type AnchorInput = {
  anchor: string;
  kind: Anchor['kind'];
  id: string | null;
  /** A catalog responsibility's names or a proposal's name; null where the caller knows none. */
  name: { nb: string; en: string } | string | null;
  comments: number;
  threads: number;
  tally: StanceCounts;
  /** Actor keys, in order of first comment. */
  actors: string[];
  arguments: Record<StanceOrNone, InputArgument[]>;
  openQuestions: InputArgument[];
};

/** The summary of a board's input. */
export type InputSummary = {
  comments: number;
  threads: number;
  tally: StanceCounts;
  /** Alphabetical by label, the erased group last. */
  actors: ActorInput[];
  /** Card anchors (the responsibilities), in order of first comment. */
  responsibilities: AnchorInput[];
  /** Proposals, levels, indicators and the whole board, in order of first comment. */
  other: AnchorInput[];
  openQuestions: InputArgument[];
};

/** What names and scope a summary takes; every part optional. */
export type SummaryOptions = {
  /** Proposal names by id. */
  proposals?: ReadonlyMap<string, string>;
  /** The catalog's responsibilities, for their names in both languages. */
  responsibilities?: readonly { id: string; name: { nb: string; en: string } }[];
  /** Which comments count (a time window, a consultation round's scope); every one by default. */
  filter?: (thread: Thread, comment: Comment) => boolean;
};

/** Zero for each stance. */
export const emptyCounts = (): StanceCounts => ({ for: 0, against: 0, question: 0, neutral: 0, none: 0 });
const emptyArguments = (): Record<StanceOrNone, InputArgument[]> => ({ for: [], against: [], question: [], neutral: [], none: [] });

/** Organisations and names are compared trimmed, with inner spaces collapsed and case folded, so "NAV " and "nav" are one. */
export const foldName = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
const tidy = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ');

/** A comment's text cut at a word near EXCERPT_LENGTH, with an ellipsis when cut. */
export function excerpt(body: string): string {
  const text = body.trim().replace(/\s+/g, ' ');
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The actor a comment's author speaks for. An organisation groups everyone who gave it; someone
 * who gave none is their own actor under their name, since lumping strangers into one
 * "no organisation" group would make their stances look like one body's. Erased participants
 * (empty name) share one group that shows no one.
 */
export function actorOf(author: Pick<Comment['author'], 'name' | 'organisation'>): { key: string; kind: ActorKind; spelling: string } {
  const org = tidy(author.organisation);
  if (org) return { key: `org:${foldName(org)}`, kind: 'organisation', spelling: org };
  const name = tidy(author.name);
  if (name) return { key: `person:${foldName(name)}`, kind: 'person', spelling: name };
  return { key: 'erased', kind: 'erased', spelling: '' };
}

type ActorAcc = Omit<ActorInput, 'label' | 'verified' | 'proposals'> & { spellings: Map<string, number>; verifiedCount: number; people: string[] };

/**
 * Summarises threads (in the order given) under `options`. Decisions that shape the numbers:
 * - an actor is `verified: 'all'` only when every one of its counted comments came from a sign-in;
 * - an open question is a `question` comment in a thread not resolved;
 * - an actor's stance on a proposal counts each of its people once, by their latest for or
 *   against comment anchored on that proposal (a later neutral or question does not undo it);
 *   a person is a name within the actor, since joining again mints a new participant id.
 */
export function summariseInput(threads: Iterable<Thread>, options: SummaryOptions = {}): InputSummary {
  const keep = options.filter ?? (() => true);
  const names = new Map((options.responsibilities ?? []).map((r) => [r.id, r.name]));
  const actors = new Map<string, ActorAcc>();
  const anchors = new Map<string, AnchorInput & { threadIds: Set<string> }>();
  // proposal id → actor key → person → latest for/against
  const latest = new Map<string, Map<string, Map<string, { stance: 'for' | 'against'; at: string }>>>();
  const summary: InputSummary = { comments: 0, threads: 0, tally: emptyCounts(), actors: [], responsibilities: [], other: [], openQuestions: [] };
  const counted = new Set<string>();

  for (const thread of threads) {
    const key = anchorKey(thread.anchor);
    for (const c of thread.comments) {
      if (c.removedAt || !keep(thread, c)) continue;
      const stance: StanceOrNone = c.stance ?? 'none';
      const who = actorOf(c.author);
      const arg: InputArgument = {
        threadId: thread.id,
        commentId: c.id,
        anchor: key,
        name: tidy(c.author.name),
        organisation: tidy(c.author.organisation),
        verified: c.author.verified === true,
        excerpt: excerpt(c.body),
        createdAt: c.createdAt,
      };
      const question = stance === 'question' && thread.status === 'open';

      summary.comments++;
      summary.tally[stance]++;
      counted.add(thread.id);
      if (question) summary.openQuestions.push(arg);

      let actor = actors.get(who.key);
      if (!actor) {
        actor = { key: who.key, kind: who.kind, people: [], comments: 0, tally: emptyCounts(), byAnchor: {}, arguments: emptyArguments(), openQuestions: [], spellings: new Map(), verifiedCount: 0 };
        actors.set(who.key, actor);
      }
      actor.comments++;
      actor.tally[stance]++;
      (actor.byAnchor[key] ??= emptyCounts())[stance]++;
      actor.arguments[stance].push(arg);
      if (question) actor.openQuestions.push(arg);
      if (arg.verified) actor.verifiedCount++;
      actor.spellings.set(who.spelling, (actor.spellings.get(who.spelling) ?? 0) + 1);
      if (arg.name && !actor.people.some((p) => foldName(p) === foldName(arg.name))) actor.people.push(arg.name);

      let about = anchors.get(key);
      if (!about) {
        const a = thread.anchor;
        const id = a.kind === 'board' ? null : a.id;
        const name = a.kind === 'card' ? (names.get(a.id) ?? null) : a.kind === 'proposal' ? (options.proposals?.get(a.id) ?? null) : null;
        about = { anchor: key, kind: a.kind, id, name, comments: 0, threads: 0, tally: emptyCounts(), actors: [], arguments: emptyArguments(), openQuestions: [], threadIds: new Set() };
        anchors.set(key, about);
      }
      about.comments++;
      about.tally[stance]++;
      about.threadIds.add(thread.id);
      if (!about.actors.includes(who.key)) about.actors.push(who.key);
      about.arguments[stance].push(arg);
      if (question) about.openQuestions.push(arg);

      if (thread.anchor.kind === 'proposal' && (stance === 'for' || stance === 'against')) {
        const byActor = latest.get(thread.anchor.id) ?? new Map<string, Map<string, { stance: 'for' | 'against'; at: string }>>();
        latest.set(thread.anchor.id, byActor);
        const byPerson = byActor.get(who.key) ?? new Map<string, { stance: 'for' | 'against'; at: string }>();
        byActor.set(who.key, byPerson);
        // Erased comments are removed, so a blank name here is rare; the participant id keeps such people apart.
        const person = foldName(c.author.name) || c.author.participantId;
        const before = byPerson.get(person);
        // ISO times compare as strings; an equal time keeps the later comment in thread order.
        if (!before || before.at <= c.createdAt) byPerson.set(person, { stance, at: c.createdAt });
      }
    }
  }

  summary.threads = counted.size;
  for (const a of actors.values()) {
    const { spellings, verifiedCount, ...rest } = a;
    // Map order is insertion order, so a tie goes to the spelling seen first.
    let label = '';
    let best = 0;
    for (const [spelling, n] of spellings) if (n > best) [label, best] = [spelling, n];
    const proposals: ProposalStance[] = [];
    for (const [proposalId, byActor] of latest) {
      const people = byActor.get(a.key);
      if (!people) continue;
      const pros = [...people.values()].filter((p) => p.stance === 'for').length;
      const cons = people.size - pros;
      proposals.push({ proposalId, name: options.proposals?.get(proposalId) ?? null, for: pros, against: cons, stance: cons === 0 ? 'for' : pros === 0 ? 'against' : 'split' });
    }
    summary.actors.push({ ...rest, label, verified: verifiedCount === 0 ? 'none' : verifiedCount === a.comments ? 'all' : 'some', proposals });
  }
  // Alphabetical as a list of consultees is read; the erased group, which names no one, last.
  summary.actors.sort((x, y) => Number(x.kind === 'erased') - Number(y.kind === 'erased') || x.label.localeCompare(y.label, 'nb'));
  for (const { threadIds, ...a } of anchors.values()) {
    const entry = { ...a, threads: threadIds.size };
    (a.kind === 'card' ? summary.responsibilities : summary.other).push(entry);
  }
  return summary;
}

/**
 * GET /api/boards/<id>/summary and summary.csv query: a time window (from inclusive, to exclusive),
 * a consultation round's id (its window and scope, see roundFilter in lib/consultation.ts; both
 * apply when both are given) and the file's language.
 */
export const summaryQuerySchema = z.object({
  from: z.optional(z.iso.datetime({ offset: true })),
  to: z.optional(z.iso.datetime({ offset: true })),
  round: z.optional(z.string().check(z.maxLength(64))),
  lang: z._default(langSchema, DEFAULT_LANG),
});
export type SummaryQuery = z.infer<typeof summaryQuerySchema>;

/** The comments written within a query's window; every comment when it sets none. */
export function windowFilter(q: Pick<SummaryQuery, 'from' | 'to'>): (thread: Thread, comment: Comment) => boolean {
  const from = q.from ? Date.parse(q.from) : -Infinity;
  const to = q.to ? Date.parse(q.to) : Infinity;
  return (_t, c) => {
    const at = Date.parse(c.createdAt);
    return at >= from && at < to;
  };
}
