import { arrangementsText } from './arrangements';
import { boardText } from './board';
import { breakoutsText } from './breakouts';
import { choicesText } from './choices';
import { commentsText } from './comments';
import { headlineText } from './headlines';
import { historyText } from './history';
import { offlineText } from './offline';
import { packetText } from './packet';
import { panelText } from './panel';
import { populationText } from './population';
import { presenterText } from './presenter';
import { proposalsText } from './proposals';
import { ratingsText } from './ratings';
import { workshopText } from './workshop';
import { arrangementsEn } from './en/arrangements';
import { boardEn } from './en/board';
import { breakoutsEn } from './en/breakouts';
import { choicesEn } from './en/choices';
import { commentsEn } from './en/comments';
import { headlineEn } from './en/headlines';
import { historyEn } from './en/history';
import { offlineEn } from './en/offline';
import { packetEn } from './en/packet';
import { panelEn } from './en/panel';
import { populationEn } from './en/population';
import { presenterEn } from './en/presenter';
import { proposalsEn } from './en/proposals';
import { ratingsEn } from './en/ratings';
import { workshopEn } from './en/workshop';
import { markLangLoaded } from './load-lang';

/*
 * Registers every English table in its dictionary when imported. The board page leaves English
 * out of its first load and imports this through `loadLang('en')` when someone chooses it; the
 * server, the tests and the pages that may open in English from their first render (presenter,
 * decision packet, shared comparison) import it at once. Each assignment is checked by type: a
 * table with other keys than its dictionary's Bokmål does not compile.
 */
arrangementsText.en = arrangementsEn;
boardText.en = boardEn;
breakoutsText.en = breakoutsEn;
choicesText.en = choicesEn;
commentsText.en = commentsEn;
headlineText.en = headlineEn;
historyText.en = historyEn;
offlineText.en = offlineEn;
packetText.en = packetEn;
panelText.en = panelEn;
populationText.en = populationEn;
presenterText.en = presenterEn;
proposalsText.en = proposalsEn;
ratingsText.en = ratingsEn;
workshopText.en = workshopEn;
markLangLoaded('en');
