import { arrangementsText } from './arrangements';
import { boardText } from './board';
import { boardFormsText } from './board-forms';
import { breakoutsText } from './breakouts';
import { cardDetailsText } from './card-details';
import { choicesText } from './choices';
import { commentThreadsText } from './comment-threads';
import { commentsText } from './comments';
import { dragText } from './drag';
import { headlineText } from './headlines';
import { historyText } from './history';
import { joinText } from './join';
import { offlineText } from './offline';
import { ownDataText } from './own-data';
import { packetText } from './packet';
import { panelText } from './panel';
import { peopleText } from './people';
import { populationText } from './population';
import { presenterText } from './presenter';
import { proposalsText } from './proposals';
import { ratingsText } from './ratings';
import { signInText } from './sign-in';
import { unsavedText } from './unsaved';
import { workshopText } from './workshop';
import { workshopBannersText } from './workshop-banners';
import { arrangementsEn } from './en/arrangements';
import { boardEn } from './en/board';
import { boardFormsEn } from './en/board-forms';
import { breakoutsEn } from './en/breakouts';
import { cardDetailsEn } from './en/card-details';
import { choicesEn } from './en/choices';
import { commentThreadsEn } from './en/comment-threads';
import { commentsEn } from './en/comments';
import { dragEn } from './en/drag';
import { headlineEn } from './en/headlines';
import { historyEn } from './en/history';
import { joinEn } from './en/join';
import { offlineEn } from './en/offline';
import { ownDataEn } from './en/own-data';
import { packetEn } from './en/packet';
import { panelEn } from './en/panel';
import { peopleEn } from './en/people';
import { populationEn } from './en/population';
import { presenterEn } from './en/presenter';
import { proposalsEn } from './en/proposals';
import { ratingsEn } from './en/ratings';
import { signInEn } from './en/sign-in';
import { unsavedEn } from './en/unsaved';
import { workshopEn } from './en/workshop';
import { workshopBannersEn } from './en/workshop-banners';
import { markLangLoaded } from './load-lang';

/*
 * Registers every English table in its dictionary when imported. The board page leaves English
 * out of its first load and imports this through `loadLang('en')` when someone chooses it; the
 * server, the tests and the pages that may open in English from their first render (presenter,
 * decision packet, shared comparison) import it at once. Each assignment is checked by type: a
 * table with other keys than its dictionary's Bokmål does not compile.
 */
arrangementsText.en = arrangementsEn;
boardFormsText.en = boardFormsEn;
boardText.en = boardEn;
breakoutsText.en = breakoutsEn;
cardDetailsText.en = cardDetailsEn;
choicesText.en = choicesEn;
commentThreadsText.en = commentThreadsEn;
commentsText.en = commentsEn;
dragText.en = dragEn;
headlineText.en = headlineEn;
historyText.en = historyEn;
joinText.en = joinEn;
offlineText.en = offlineEn;
ownDataText.en = ownDataEn;
packetText.en = packetEn;
panelText.en = panelEn;
peopleText.en = peopleEn;
populationText.en = populationEn;
presenterText.en = presenterEn;
proposalsText.en = proposalsEn;
ratingsText.en = ratingsEn;
signInText.en = signInEn;
unsavedText.en = unsavedEn;
workshopBannersText.en = workshopBannersEn;
workshopText.en = workshopEn;
markLangLoaded('en');
