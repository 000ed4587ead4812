/**
 * Qualities said by what they do ("stays silent under full load", "tells me when its dust filters
 * need cleaning", "quiet to type on"), board sizes, a part's material and a part one can take off:
 * each turned into the checklist item pages state it with (general product knowledge, not any shop's
 * data). The rest of the clause goes back to the caller for the other readings.
 */
import type { ChecklistItem } from '../checklist/types';
import { absent, present, WOODS } from './spec-items';
import { otherColours } from './colour-words';
import { everyRefusalSaidAsNot } from './refusals';
import { BOARD_SIZES, boardSizeRefused, type BoardSize } from './standards';

/** The colours an inside is painted besides the usual black, white or grey, as titles name them ("Cyan Interior"). */
const INTERIOR_COLOURS = otherColours(['black', 'white', 'grey', 'gray', 'silver', 'graphite', 'chalk']);

/** "non-stop", "24/7", "day and night": all the time. */
const AROUND_THE_CLOCK = String.raw`(?:non-?stop|24/7|24 hours a day|(?:a|all)?round the clock|day and night|night and day|all day and (?:all )?night|continuously|constantly|all the time)(?![\w/])`;

/** A quality, and the word to search it by where shops title such products by model and that word ("Palit ... KalmX, Passive Fanless Design"). */
/** `notOf`: kinds the quality is never asked of, whose words say it of something else ("a workstation that runs day and night" of its case). */
interface Quality { said: RegExp; item: ChecklistItem; searched?: string; also?: ChecklistItem; notOf?: readonly string[] }
const quality = (id: string, label: string, text: string, anyOf: string[]): Extract<ChecklistItem, { kind: 'attribute-present' }> =>
  ({ kind: 'attribute-present', id: `quality:${id}`, label, text, anyOf, hard: true, origin: 'request' });

/** "none of those fans may have any RGB lighting": none of the parts has it, so the product has none (requirements.ts reads it as "no RGB"). */
export const NONE_OF_THEM_LIT = /\bnone\s+of\s+(?:the|those|these|its|them)(?:\s+[\w-]+)?\s+(?:may|can|should|must|will|shall)?\s*(?:have|has|come\s+with|carry)\s+(?:any\s+)?(RGB|ARGB|A-RGB|LEDs?|lighting|lights)\b(?:\s+lighting)?/gi;

/** The wattages a case's own power supply is titled by ("300W TFX", "500W"). */
const PSU_WATTAGES = [200, 250, 300, 350, 400, 450, 500, 550, 600, 650, 700, 750, 800, 850, 1000].map((w) => `${w}W`);

/** Where the shopper's own thing sits or sounds ("of my PC", "under my monitor"): the product's page never names it. */
const THEIRS = String.raw`(?:\s+(?:of|from|under|below|beneath|on|beside|next to|in)\s+(?:my|the|our|your)\s+[\w-]+)?`;
/** "even under full load", "at full speed": when a wish must still hold. */
const LOAD = String.raw`\s+(?:even\s+)?(?:under|at|during)\s+(?:full|heavy|high|max(?:imum)?|any)\s+(?:load|speed|use)`;

/**
 * Qualities people describe by what they want to happen, and the words pages state them with
 * (general product knowledge, not any shop's data). Silent even under load means no fan at all: a
 * "0 dB" fan stops only at low load. Muffled noise is sound dampening, which a "Silent Series" fan
 * is not. Lying flat is a desktop, slimline or horizontal form. Hands-free calls need a microphone.
 */
const QUALITIES: Quality[] = [
  { said: new RegExp(String.raw`\b(?:(?:completely|totally|fully|entirely|absolutely|perfectly)\s+(?:silent|quiet|noiseless|inaudible)|silent(?=${LOAD})|makes?\s+no\s+(?:noise|sound)(?:\s+at\s+all)?|noiseless|without\s+(?:any\s+)?fan\s+noise|(?:cool|cools|cooling)\s+(?:it|them)?\s*without\s+(?:any\s+)?fans?|(?:runs?|running|work|works|cool|cools)\s+(?:it\s+|them\s+)?with\s+no\s+fans?(?:\s+at\s+all)?|with\s+no\s+fans?\s+at\s+all)\b(?:${LOAD})?`, 'i'),
    item: quality('fanless', 'Silent under any load: no fans (fanless, passive)', 'fanless', ['fan-less', 'passively cooled', 'passive cooling', 'passive cooler', 'passive heatsink', 'passive design', 'zero fans']), searched: 'fanless' },
  { said: new RegExp(String.raw`\b(?:muffles?|muffling|dampens?|dampening|damps?|absorbs?|deadens?|soaks? up|keeps? down|cuts? down|swallows?|swallowing|eats? up)\s+(?:the\s+|any\s+)?(?:noise|sound|hum|fan noise)${THEIRS}|\b(?:keeps?|keeping|holds?|holding|traps?|trapping)\s+(?:the\s+|its\s+)?(?:noise|sound|hum)\s+in(?:side)?\b|\bsound-?proof(?:ed|ing)?\b|\b(?:sound|noise)[\s-]?damp(?:ing|ed|ening)\b`, 'i'),
    item: quality('dampening', 'Muffles noise: sound dampening', 'sound dampening', ['sound-dampening', 'sound damping', 'sound-damping', 'sound-damped', 'noise dampening', 'noise-dampening', 'sound absorbing', 'sound-absorbing', 'noise absorbing', 'noise-absorbing', 'acoustic foam', 'soundproof', 'insulation mats']) },
  { said: new RegExp(String.raw`\b(?:lies|lie|lying|lays|lay|sits|sit|sitting|stands|stand)\s+flat${THEIRS}|\b(?:(?:lies?|lying|lays?|sits?|sitting|stands?|standing|placed|put|runs?|works?|goes)\s+(?:\w+\s+)?on\s+its\s+side|horizontally)${THEIRS}`, 'i'),
    item: quality('flat', 'Lies flat: a desktop, slimline or horizontal form', 'desktop case', ['desktop chassis', 'desktop form', 'slim desktop', 'slimline', 'horizontal', 'HTPC', 'low profile case', 'lies flat', 'lie flat']) },
  // Shutting out the world's noise (a train, an office) is noise cancelling, as headphones and
  // microphones state it; muffling a product's own noise is dampening (above).
  { said: new RegExp(String.raw`\b(?:(?:shuts?|shutting|blocks?|blocking|keeps?|keeping|drowns?|drowning|tunes?|tuning|cancels?|cancell?ing|filters?|filtering)\s+out\s+(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+)?(?:noise|sounds?|din|chatter)|(?:blocks?|blocking|cancels?|cancell?ing)\s+(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+)?noise)\b(?:\s+(?:of|from|around|near)\s+(?:the|my|a|an|our|your|me)\b(?:\s+(?!(?:on|in|at|during|while|when|and|but|so)\b)[\w-]+){0,2})?|\b(?:with\s+)?(?:active\s+)?noise[\s-]cancel+(?:ing|ation|ling)\b`, 'i'),
    item: quality('noise-cancelling', 'Shuts out noise around you: noise cancelling', 'noise cancelling', ['noise cancellation', 'noise-cancelling', 'noise canceling', 'noise-canceling', 'noise cancelation', 'ANC']), searched: 'noise cancelling' },
  // Telling when its filters need cleaning takes a sensor on the product: pages state a "Dust Indicator".
  { said: /\b(?:tells?|telling|warns?|warning|alerts?|alerting|reminds?|reminding|signals?|signalling|indicates?|indicating|notif(?:y|ies|ying)|shows?|showing|lets?\s+(?:me|you|us)\s+know)\s+(?:(?:me|you|us)\s+)?(?:when|if|once)\s+(?:(?:the|its|their|my|a)\s+)?(?:[\w-]+\s+){0,2}?(?:filters?|dust)\s+(?:(?:needs?|has|have|are|is|should|must)\s+(?:to\s+)?(?:be\s+)?)?(?:clean(?:ing|ed)?|wash(?:ing|ed)?|dirty|clogged|full|build(?:s|ing)?\s+up|chang(?:ing|ed)|replac(?:ing|ed))\b|\b(?:dust|filter)\s+(?:indicators?|sensors?|alarms?|alerts?|reminders?)\b/i,
    item: quality('dust-indicator', 'Tells when its filters need cleaning: a dust indicator', 'dust indicator', ['filter indicator', 'dust sensor', 'dust alarm', 'dust alert', 'filter reminder', 'filter alert', 'filter cleaning reminder']), searched: 'dust indicator' },
  // A screen that folds (a phone that "folds in half") is what Samsung's Z Fold and Z Flip and Motorola's razr are; their titles say
  // the model ("Galaxy Z Fold5"), rarely "foldable".
  { said: /\b(?:fold(?:able|ing)|flip)\s+(?:screens?|displays?|phones?|smartphones?)\b|\b(?:that\s+|which\s+)?(?:folds?|folding)\s+(?:in\s+half|in\s+two|shut|closed|up\s+small)\b/i,
    item: quality('foldable', 'Folds: a foldable screen (a Fold, Flip or razr model)', 'foldable', ['folding', 'Z Fold', 'Z Flip', 'fold3', 'fold4', 'fold5', 'fold6', 'fold7', 'flip3', 'flip4', 'flip5', 'flip6', 'flip7', 'razr']) },
  // Used without a power cable, or with a battery of its own: a battery, as pages state it.
  { said: /\b(?:with\s+(?:an?\s+|its\s+own\s+)?)?(?:built[\s-]?in|internal|integrated|inbuilt|rechargeable|own)\s+batter(?:y|ies)\b|\bwith\s+(?:an?\s+)?batter(?:y|ies)\b|\bbattery[\s-](?:powered|operated)\b|\bruns?\s+(?:on|off)\s+(?:an?\s+|its\s+)?batter(?:y|ies)\b|\bwithout\s+(?:an?\s+|any\s+|the\s+)?(?:power\s+(?:cables?|cords?|leads?|supply|sockets?|outlets?)|mains(?:\s+power)?|being\s+plugged\s+in|plugging\s+(?:it\s+)?in)\b/i,
    item: quality('battery', 'Works without a power cable: a built-in battery', 'battery', ['batteries', 'battery-powered', 'battery powered']) },
  // Locked so a finder cannot read it: encrypted, as drives state it.
  { said: /\b(?:hardware[\s-])?encrypt(?:ion|ed|s)?\b|\b(?:keeps?|kept|locks?)\s+(?:\w+\s+){0,3}?(?:locked|safe from (?:thieves|strangers|others))\b|\bpassword[\s-]protect(?:ed|ion|s)?\b/i,
    item: quality('encryption', 'Locked against a finder: encrypted', 'encryption', ['encrypted', 'AES', 'password protection', 'password-protected']) },
  // Calls or data away from the phone take a mobile connection of the device's own: pages say "Cellular",
  // "LTE" or "4G" (a watch "GPS + Cellular", not "GPS" alone).
  { said: /\bwithout\s+(?:my|a|the|your|our)\s+(?:phone|smartphone|mobile)\b[^.]*?\b(?:calls?|calling|texts?|messages|data|stream(?:ing)?|online|connected)\b|\b(?:calls?|calling|texts?|messages|data|online|connected)\b[^.]*?\bwithout\s+(?:my|a|the|your|our)\s+(?:phone|smartphone|mobile)\b|\b(?:its|their)\s+own\s+(?:sim|mobile\s+connection|mobile\s+data|cellular\s+connection)\b/i,
    item: quality('cellular', 'Works away from the phone: its own mobile connection (Cellular, LTE)', 'Cellular', ['LTE', '4G', '5G', 'eSIM']) },
  { said: /\b(?:take|make|answer|receive|taking|making)s?\s+(?:hands-?free\s+|phone\s+)*calls\b|\bhands-?free(?:\s+(?:calls|calling|talking))?\b/i,
    item: quality('hands-free', 'Hands-free calls: a microphone', 'hands-free', ['handsfree', 'hands free', 'microphone', 'built-in mic', 'speakerphone', 'calling']) },
  // Sitting in the ear (not on or over it): in-ear earphones, earbuds, an earset.
  { said: /\b(?:sits?|sitting|goes|go|fits?)\s+in\s+(?:the|my|your|one's)\s+ears?\b|\bin[\s-]ear\b/i,
    item: quality('in-ear', 'Sits in the ear: in-ear', 'in-ear', ['in ear', 'earphones', 'earbuds', 'ear buds', 'earset', 'in-ears']), searched: 'in-ear' },
  // "true wireless Bluetooth earbuds": two buds with no cable between them, which pages call True Wireless, TWS or earbuds (a headset is none).
  { said: /\btrue[\s-]wireless\b|\bTWS\b/i,
    item: quality('true-wireless', 'True wireless: two buds, no cable or headband', 'True Wireless', ['TWS', 'True-Wireless', 'earbuds', 'earbud', 'ear buds']) },
  // A microphone on the product: pages say "Inline Microphone", "Boom Mic", "Detachable Mic".
  { said: /\b(?:with|has|have|having|and)\s+(?:an?\s+|its\s+own\s+)?(?:built-in\s+|inline\s+|in-line\s+)?(?:microphone|mic)\b/i,
    item: quality('microphone', 'A microphone', 'microphone', ['mic', 'mics', 'microphones']) },
  // "the power supply and the cables should sit in a chamber of their own behind the board": a dual-chamber case, as pages say.
  // "the dual-chamber layout ..., with the power supply hidden behind the board": the same, by its name or where the supply sits.
  // "the power supply and the cables live in their own compartment": the same, the words the other way round.
  { said: /\b(?:chamber|compartment)\s+of\s+(?:its|their)\s+own\b|\b(?:its|their)\s+own\s+(?:chamber|compartment)\b|\bseparate\s+(?:chamber|compartment)\b|\bdual[\s-]chamber(?:\s+(?:layout|design|build))?\b|\b(?:power\s+supply|psu)\s+(?:is\s+)?(?:hidden|tucked\s+away|sits?|placed|mounted)\s+behind\s+the\s+(?:mother)?board\b/i,
    item: quality('dual-chamber', 'Dual chamber: the power supply in a chamber of its own', 'dual chamber', ['dual-chamber']), searched: 'dual chamber' },
  // "the case needs handles to carry it by", "carry handles": handles to carry it, as pages of such cases name them ("Carry Handles").
  // ("something built in to carry it by": so too.)
  { said: /\bcarry(?:ing)?\s+handles?\b|\bhandles?\s+(?:to|for|so\s+I\s+can)\s+carry(?:ing)?\b|\b(?:something|a\s+way|a\s+grip)\s+(?:built[\s-]in\s+|on\s+it\s+)?(?:to|for)\s+carry(?:ing)?\s+(?:it|them)\s+by\b/i,
    item: quality('carry-handles', 'Handles to carry it by', 'carry handles', ['carrying handles', 'carry handle', 'carrying handle']), searched: 'carry handles' },
  // "pump heads that turn into a mirror when they light up", "a mirror pump head": an (infinity) mirror, as pages name it.
  { said: /\bmirror(?:ed)?\s+(?:(?:A?RGB|LED)\s+)?(?:pump|finish|effect|look|head|top|cap|cover)\b|\b(?:infinity|into\s+an?|like\s+an?)\s+mirrors?\b/i,
    item: quality('mirror', 'A mirror look (an infinity mirror)', 'mirror', ['infinity mirror', 'mirrored']) },
  // "a switch on the case itself to slow the fans down": a fan speed control on the case, as pages name it.
  { said: /\b(?:switch|button|dial|knob|slider)\b[^.;]{0,40}?\b(?:slow|speed|control|adjust|turn)\w*\s+(?:down\s+|up\s+)?(?:the\s+)?fans?\b|\bfan\s+(?:speed\s+)?(?:controller|switch|dial|knob)\b/i,
    item: quality('fan-switch', 'A fan speed control on the case', 'fan controller', ['fan control', 'fan speed control', 'fan switch', 'fan speed switch', '3-step fan', 'three-step fan']) },
  // "I'd rather avoid glass on more than one side": one glass panel at most, so no "Glass Side & Front" edition.
  { said: /\b(?:avoid|without|no|not)\s+glass\s+on\s+more\s+than\s+one\s+side\b|\bglass\s+on\s+(?:only\s+)?one\s+side\s+only\b/i,
    item: { kind: 'attribute-absent', id: 'quality:one-glass-side', label: 'Glass on one side at most', text: 'Glass Side & Front', anyOf: ['Glass Side and Front', 'Glass Front'], hard: true, origin: 'request' } },
  // "whose fans light up in plain white": fans lit in white alone, which pages call "White LED" fans.
  { said: /\bfans?\s+(?:that\s+|which\s+)?(?:light|glow)s?\s+up\s+in\s+(?:plain\s+|just\s+|only\s+|pure\s+)?white\b|\bwhite[\s-](?:led|lit)\s+fans?\b/i,
    item: quality('white-led-fans', 'Fans lit in white (White LED)', 'white LED', ['white LEDs', 'white-LED']) },
  // "with no colours to cycle through or set up": lighting in one colour, not RGB.
  { said: /\bno\s+colou?rs?\s+to\s+(?:cycle|change|set|switch|pick|choose)\b|\bno\s+(?:colour|color)[\s-](?:changing|cycling)\b/i,
    item: { kind: 'attribute-absent', id: 'quality:no-rgb', label: 'One colour of light: no RGB', text: 'RGB', anyOf: ['ARGB', 'A-RGB'], hard: true, origin: 'request' } },
  // Setting how far a key travels before it registers takes analog (Hall effect or analog optical) switches, as pages name them.
  { said: /\b(?:set|choose|decide|adjust|change|pick|tune)\b[^.]{0,60}?\bhow\s+(?:far|deep)\s+(?:a|the|each|every)\s+key\b|\badjustable\s+actuation\b|\bactuation\s+(?:point|distance|depth)s?\b[^.]{0,30}?\b(?:adjust|set|change|choose)|\b(?:adjust|set|change|choose)\b[^.]{0,30}?\bactuation\b|\brapid\s+trigger\b/i,
    item: quality('adjustable-actuation', 'Adjustable actuation: analog switches', 'adjustable actuation', ['analog optical', 'analogue optical', 'analog switches', 'analogue switches', 'hall effect', 'rapid trigger', 'magnetic switches']) },
  // Carried on the keys: pages say "Key Ring" or "Keychain" where the product has a loop for them.
  { said: /\b(?:hang|hangs|hung|clip|clips|attach|attaches|fasten|fastens|fastened|put|carry|carried)\s+(?:it\s+|them\s+)?(?:on|to|onto)\s+(?:her|his|my|their|your|a|the)\s+(?:key\s?rings?|key\s?chains?|keys)\b|\bon\s+(?:a|her|his|my|their|your)\s+key\s?(?:ring|chain)\b/i,
    item: quality('key-ring', 'Goes on a key ring', 'key ring', ['keyring', 'key-ring', 'keychain', 'key chain']) },
  // A case's glass in the lighter of its makers' two tints: "Light Tint", "Light TG".
  { said: /\blight(?:er)?[\s-]+tint(?:ed)?\b/i,
    item: quality('light-tint', 'Lighter-tinted glass', 'light tint', ['light tg', 'light-tint', 'light tinted']) },
  // A keyboard's number keys on their own block: "Numpad", "Number Pad" (a "Detachable Numpad" counts).
  { said: /(?<!\b(?:no|without|not|lacks?|missing)\s+(?:an?\s+|the\s+|any\s+)?)\b(?:number|numeric|num)[\s-]?(?:pad|keypad|block)\b|(?<!\b(?:no|without|not|lacks?|missing)\s+(?:an?\s+|the\s+|any\s+)?)\bnumpad\b/i,
    item: quality('numpad', 'A number pad', 'numpad', ['number pad', 'numeric keypad', 'num pad', 'numeric pad', 'number block', '10-key', 'ten-key']) },
  // Charging faster than a plain cable does: pages say "Quick Charging" or "Fast Charging".
  { said: /\b(?:quick|fast|rapid)[\s-]?charg(?:ing|es?|er)\b/i,
    item: quality('quick-charging', 'Quick charging', 'quick charging', ['quick charge', 'quick-charging', 'fast charging', 'fast charge', 'fast-charging', 'rapid charging']) },
  // Showing temperatures takes a screen on the product: pages state a "Temp Display" or an LCD screen.
  { said: new RegExp(String.raw`\b(?:shows?|showing|displays?|displaying|reads?\s+out|lets?\s+me\s+see)\s+(?!off\b)(?:[\w/-]+\s+){0,5}?temp(?:erature)?s?\b(?:\s+(?:on|in)\s+(?:an?|its|the)\s+(?:(?:built-?in|integrated|front|small|little)\s+)?(?:display|screen|lcd|panel))?|\btemp(?:erature)?\s+(?:display|screen|readout)\b`, 'i'),
    item: quality('temperature-display', 'Shows temperatures: a temperature display', 'temperature display', ['temp display', 'temp. display', 'temperature screen', 'temperature lcd', 'lcd display', 'lcd screen', 'real-time cpu temperatures', 'display cpu temperatures']), searched: 'temp display' },
  // Running day and night wears bearings out: pages state "for Continuous Operation" or 24/7 use; a
  // surveillance or NAS drive is built to run all the time, which is what those names promise.
  { said: new RegExp(String.raw`(?:\b(?:made|designed|built|meant|rated)\s+(?:to|for)\s+)?(?:\b(?:runs?|running|operat(?:e|es|ing)|works?|working|spins?|spinning)\s+${AROUND_THE_CLOCK}|\b(?:non-?stop|continuous|24/7|round-the-clock)\s+(?:operation|use|running|duty)\b|\b(?:stays?|left|is|are|kept|remains?)\s+(?:switched\s+|turned\s+|powered\s+)?on\s+${AROUND_THE_CLOCK})`, 'i'),
    item: quality('continuous', 'Runs non-stop: made for continuous operation', 'continuous operation', ['24/7 operation', 'operate 24/7', 'run 24/7', 'runs 24/7', 'operating 24/7', '24/7 use', '24x7', 'continuous use', 'non-stop operation', 'round-the-clock operation', 'continuous duty', 'surveillance', 'NAS']), searched: 'continuous operation',
    // "Case requirements for a workstation that runs day and night": the machine runs non-stop; no case is rated for it (a drive or fan in it is).
    notOf: ['case'] },
  // A drive for the recorder of security cameras (an NVR or DVR) is a surveillance drive, as pages call it.
  { said: /\b(?:security|surveillance|cctv|ip)\s+cameras?(?:'s?)?\s+(?:\w+\s+){0,2}?(?:recorders?|nvrs?|dvrs?)\b|\b(?:recorders?|nvrs?|dvrs?)\s+(?:of|for)\s+(?:my|our|the|a)?\s*(?:security|surveillance|cctv|ip)\s+cameras?\b|\b(?:nvrs?|dvrs?)\b/i,
    item: quality('surveillance', 'Made for a camera recorder: a surveillance drive', 'surveillance', ['CCTV', 'NVR', 'DVR']) },
  // One cable that carries the picture and charges the laptop is USB-C with power delivery: pages
  // state "USB-C PD" (with its watts) or "Power Delivery". A plain charger is not asked this way.
  { said: /\b(?:one|a single|single|the same)\s+cable\b[^.]*?\b(?:charg(?:es|ed|ing|e)|powers?|powered|powering)\b(?:\s+(?:the|my|your)\s+laptop)?|\b(?:charg(?:es|ed|ing|e)|powers?|powering)\s+(?:the|my|your)\s+laptop\b[^.]*?\b(?:over|through|via|down)\s+(?:the\s+)?(?:same\s+|one\s+|single\s+)?cable\b/i,
    item: quality('usb-c-pd', 'Charges the laptop over its one cable: USB-C power delivery', 'Power Delivery', ['USB-C PD', 'USB PD', 'Type-C PD', 'PD charging']) },
  // "as long as its fans do not light up", "none of those fans may light up": fans without lighting, as titles list them ("5 ARGB Fans"); a lit strip elsewhere
  // ("RGB Strip on PSU Shroud") is no lit fan, so the title is read, whole phrases only.
  { said: /\b(?:its|the|whose|their)\s+(?:included\s+|own\s+)?fans\s+(?:do\s+not|don't|must\s+not|mustn't|should\s+not|shouldn't|may\s+not|never)\s+(?:light\s+up|glow)\b|\bfans\s+(?:that|which)\s+(?:do\s+not|don't|never)\s+(?:light\s+up|glow)\b|\bunlit\s+fans\b|\bfans\s+without\s+(?:any\s+)?(?:lighting|lights|RGB|ARGB|LEDs?)\b|\bnone\s+of\s+(?:those|these|the|its|their)\s+fans\s+(?:may|can|should|must|will|shall|is\s+to|are\s+to)\s+(?:light\s+up|glow)\b/i,
    item: { ...absent('ARGB Fans', 'Its fans do not light up: no RGB or ARGB fans'), id: 'quality:unlit-fans', anyOf: ['ARGB Fan', 'RGB Fans', 'RGB Fan', 'A-RGB Fans', 'LED Fans', 'LED Fan'], inTitle: true } },
  // "I want the fans themselves to light up": lit fans, as titles count them ("2 RGB Fans"); a lit strip elsewhere is not.
  { said: /\b(?:the|its|their)\s+fans\s+(?:themselves\s+)?(?:to\s+)?(?:light\s+up|glow|(?:be|are)\s+lit)\b/i,
    item: { ...quality('lit-fans', 'Its fans light up: RGB or ARGB fans', 'RGB Fans', ['ARGB Fans', 'RGB Fan', 'ARGB Fan', 'A-RGB Fans', 'LED Fans', 'RGB PWM Fans', 'ARGB PWM Fans']), asPhrase: true } },
  // A part that lights up by itself ("whose fan has its own lighting", "that lights up", "with lights on the
  // ear cups") is lit, as
  // pages say it: RGB, ARGB or LED.
  { said: /\b(?:has|have|with|having)\s+(?:its|their)\s+own\s+(?:lighting|lights?|leds?|glow)\b|(?<!\b(?:nothing|no\s+part|none\s+of\s+it)\s+(?:that|which)\s+|\b(?:not|n't|never)\s+)\b(?:lights?|lit)\s+up\b|(?<!\b(?:nothing|no\s+part|none\s+of\s+it)\s+)\b(?:that|which)\s+(?:will\s+|would\s+|should\s+|can\s+|must\s+)?glows?\b|\b(?:the\s+)?(?:lighting|lights|leds)\s+built[\s-]in\b|\bbuilt[\s-]in\s+(?:lighting|lights|leds)\b|\bwith\s+(?:some\s+|coloured\s+|colored\s+)?lights\s+on\s+(?:the|its|their)\s+[\w-]+(?:\s+[\w-]+)?\b/i,
    item: quality('lit', 'Lights up: RGB, LED or backlit', 'RGB', ['ARGB', 'A-RGB', 'LED', 'LEDs', 'Chromatic', 'illuminated', 'backlit', 'backlight', 'backlighting', 'light-up']) },
  // An inside the shopper can rearrange ("I like to rearrange the inside of a case"): a modular design, as pages say.
  { said: /\b(?:rearrang\w*|reconfigur\w*|re-?arrang\w*)\s+(?:the\s+|its\s+)?(?:inside|interior|insides|layout)\b/i,
    item: quality('modular', 'Its inside can be rearranged: a modular design', 'modular', ['reconfigurable']) },
  // A maker's server line of processors (general knowledge): Intel's is Xeon, AMD's EPYC.
  { said: /\bIntel['’]s\s+server\s+(?:line|range|family|processors?|chips?|cpus?)\b|\bIntel\s+server\s+(?:processors?|chips?|cpus?)\b/i,
    item: quality('intel-server', "Intel's server line: Xeon", 'Xeon', []), searched: 'xeon' },
  { said: /\bAMD['’]s\s+server\s+(?:line|range|family|processors?|chips?|cpus?)\b|\bAMD\s+server\s+(?:processors?|chips?|cpus?)\b/i,
    item: quality('amd-server', "AMD's server line: EPYC", 'EPYC', []), searched: 'epyc' },
  // "the Austrian one with the beige-and-brown fans": the fan maker known by its home and its colours, Noctua (general knowledge).
  { said: /\b(?:the\s+)?austrian\s+(?:one|(?:fan\s+)?(?:maker|brand|company|firm|manufacturer))\b|\b(?:beige|tan)[\s-]*(?:and|&|\/|-)[\s-]*brown\s+fans?\b|\bbrown[\s-]*(?:and|&|\/|-)[\s-]*(?:beige|tan)\s+fans?\b/i,
    item: quality('noctua', "Noctua, the Austrian maker of beige-and-brown fans", 'Noctua', []), searched: 'noctua' },
  // "the graphics card stands on its edge, so its whole fan side looks out through the glass": a case that mounts the card
  // upright, as pages say it ("vertical GPU mounting", "a vertical graphics card mount").
  { said: /\b(?:graphics|video)\s+card\s+(?:stands?|standing|mounted|sits?|sitting)\s+(?:up\s+)?(?:on\s+its\s+(?:edge|side)|upright|vertically)\b|\bvertical(?:ly)?\s+(?:gpu|graphics\s+card|video\s+card)\b|\bmount(?:ed|ing)?\s+(?:the\s+|my\s+|a\s+)?(?:gpu|graphics\s+card|video\s+card|card)\s+(?:vertically|upright|on\s+its\s+edge)\b/i,
    item: quality('vertical-gpu', 'Mounts the graphics card upright: vertical GPU mounting', 'vertical GPU', ['vertical graphics card', 'vertical video card', 'vertical GPU mount', 'vertically mounted GPU']), searched: 'vertical' },
  // Air drawn in at the bottom and blown out at the top, "instead of the usual front-to-back path": a case with a vertical
  // airflow design, as pages name it.
  { said: /\b(?:pulls?|draws?|takes?|brings?|sucks?)\s+(?:the\s+|cool\s+|fresh\s+)?air\s+in\s+(?:at|from|through)\s+the\s+(?:bottom|base|floor)\b[^.;]*?\b(?:out|exhaust(?:s|ed)?)\b[^.;]*?\btop\b|\bbottom[\s-]+to[\s-]+top\s+(?:air\s*flow|airflow|cooling|air\s+path)\b|\bvertical\s+air\s*flow\b|\bair\s*flow\s+(?:that\s+runs\s+|running\s+|going\s+)?from\s+(?:the\s+)?bottom\s+to\s+(?:the\s+)?top\b/i,
    item: quality('vertical-airflow', 'Air in at the bottom, out at the top: a vertical airflow design', 'Vertical Airflow', ['bottom-to-top', 'bottom to top']), searched: 'vertical airflow' },
  // Cooling what sits around the processor as well (its voltage regulators, memory): a top-flow cooler, which pages say
  // cools "the CPU and surrounding components".
  { said: /\b(?:cools?|cooling|cooled|air\s+to|airflow\s+(?:to|over|for))\s+(?:(?:also|too|as\s+well)\s+)?(?:the\s+)?(?:parts|components|area|VRMs?|voltage\s+regulators?|power\s+stages?)\s+(?:around|near|next\s+to|beside|surrounding)\s+(?:the\s+)?(?:cpu|processor|socket|cpu\s+socket)\b|\btop[\s-]?flow\b|\bdown[\s-]?draft\b/i,
    item: quality('top-flow', 'Cools the parts around the processor too: a top-flow design', 'surrounding components', ['top-flow', 'top flow', 'downdraft', 'down-draft', 'VRM cooling', 'cooling the VRM']), searched: 'surrounding components' },
  // Temperatures shown on a display of its own ("the processor's and the graphics card's temperatures on a little display built
  // into the case"): a temperature display, as pages state it ("CPU/GPU Temp Display").
  { said: /\b(?:temperatures?|temps?)\b[^.;]{0,60}?\b(?:on\s+(?:an?\s+|its\s+)?(?:little\s+|small\s+|tiny\s+|built-in\s+)?(?:display|screen|readout))\b|\b(?:display|screen|readout)s?\s+(?:that\s+|which\s+)?(?:shows?|showing|reads?\s+out)\s+(?:the\s+)?(?:[\w'’]+\s+){0,6}?(?:temperatures?|temps?)\b|\btemp(?:erature)?\s+(?:display|screen|readout)\b/i,
    item: quality('temp-display', 'Shows temperatures on a display of its own', 'Temp Display', ['Temperature Display', 'temperature screen', 'temp screen']), searched: 'temp display' },
  // A lit-up gauge that shows at a glance how hard the system works: a status meter, as pages state it ("illuminated Status Meter").
  { said: /\b(?:lit[\s-]?up|light[\s-]?up|illuminated|glowing)\s+(?:status\s+)?(?:gauges?|meters?|indicators?|dials?)\b|\bstatus\s+(?:meters?|indicators?|gauges?)\b|\b(?:gauges?|meters?|indicators?)\s+(?:that|which)\s+shows?\s+(?:at\s+a\s+glance\s+)?how\s+(?:hard|busy)\b/i,
    item: quality('status-meter', 'Shows how hard the system works: a status meter', 'status meter', ['status indicator', 'load indicator', 'status gauge', 'status display']), searched: 'status meter' },
  // Cooling by water ("I trust Arctic for water cooling", "a water-cooled build"): a liquid cooler, as pages title it.
  { said: /\bwater[\s-]?cool(?:ing|ed|er)\b|\bliquid[\s-]cool(?:ing|ed)\b/i,
    item: quality('liquid', 'Water cooling: a liquid cooler', 'liquid', ['AIO', 'all-in-one', 'water cooling', 'watercooling', 'water-cooling', 'water cooler']) },
  // Nothing that glows ("nothing in it may glow", "no lighting at all", "without RGB"): no RGB, ARGB or LED on the page.
  // "with nothing that lights up" too; "no lighting of any kind, so nothing RGB, ARGB or LED" is one wish, said twice.
  { said: new RegExp(String.raw`\b(?:nothing|no\s+part|none\s+of\s+it)\s+(?:that|which)\s+(?:lights?\s+up|glows?|shines?)\b|\bnothing\s+(?:in\s+it\s+|on\s+it\s+|of\s+it\s+)?(?:may|can|should|must|is\s+(?:allowed|meant)\s+to)\s+(?:glow|light\s+up|shine)\b|\b(?:must|should|may|can|does|do|will|would)\s*(?:n't|\s+not)\s+(?:glow|light\s+up)\b|\b(?:no|without(?:\s+any)?)\s+(?:RGB|ARGB|A-RGB|LEDs?|lighting|lights|glow)\b(?!\s+(?:strips?|controllers?|hubs?))(?:\s+(?:of\s+any\s+kind|at\s+all|whatsoever))?(?:\s*,?\s*(?:so|i\.e\.|meaning|that\s+is)\s*,?\s+(?:no|nothing)\s+(?:RGB|ARGB|A-RGB|LEDs?)(?:\s*(?:,|\bor\b|\band\b|,\s*or\b)\s*(?:RGB|ARGB|A-RGB|LEDs?))*)?|${NONE_OF_THEM_LIT.source}`, 'i'),
    item: { ...absent('RGB', 'Nothing lights up: no RGB, ARGB or LED'), id: 'quality:unlit', anyOf: ['ARGB', 'A-RGB', 'LED', 'LEDs', 'lighting'] } },
  // "the lid leaves little room above the processor, so a tall tower cooler is out": a low-profile cooler, as titles say ("Shadow Rock LP ..., Low Profile").
  { said: /\b(?:little|no|not\s+much|limited|barely\s+any)\s+(?:room|space|height|clearance|headroom)\s+(?:above|over)\s+(?:the\s+|my\s+)?(?:processor|cpu|chip|board|motherboard)\b|\b(?:a\s+)?tall\s+(?:tower\s+)?coolers?\s+(?:is|are|would\s+be)\s+(?:out|too\s+tall)\b|\blow[\s-]profile\s+(?:cpu\s+)?(?:cooler|heatsink)s?\b/i,
    item: quality('low-profile', 'Low enough for little room above the processor: low profile', 'Low Profile', ['low-profile', 'LP', 'slim', 'top-down', 'top down']), searched: 'low profile' },
  // "a stack of disc games ... one that will play them": a console with a disc drive; the disc-less editions are known by
  // name (general knowledge: the Xbox Series S and every "Digital Edition" play downloads only).
  { said: /\bdisc\s+(?:games?|versions?|copies|titles)\b|\bgames?\s+on\s+discs?\b|\bplays?\s+(?:games\s+from\s+)?discs?\b/i,
    item: { ...absent('Series S', 'Plays discs: not a disc-less edition (Xbox Series S, Digital Edition)'), id: 'quality:plays-discs', anyOf: ['Digital Edition', 'All-Digital'], inTitle: true } },
  // "comes factory overclocked": an OC edition, as titles say ("DUAL OC", "Overclocked").
  // (Not "the factory-overclocked DUAL OC is not what I am after": an edition's name.)
  { said: /(?<!\b(?:not|no|the)\s+)\bfactory[\s-](?:overclocked|oc)\b|\b(?:comes?|ships?|sold)\s+(?:already\s+)?overclocked\b|\bpre-?overclocked\b/i,
    item: quality('overclocked', 'Factory overclocked: an OC edition', 'Overclocked', ['OC', 'factory OC']) },
  // "a high-airflow front panel", "a mesh front": a front that breathes, as titles say it ("High-Airflow Front", "Mesh Front").
  { said: /\b(?:high[\s-])?airflow\s+front(?:\s+panel)?\b|\bmesh\s+front(?:\s+panel)?\b|\bfront\s+(?:panel\s+)?(?:of|in|made\s+of)\s+mesh\b/i,
    item: { ...quality('airflow-front', 'A front that breathes: a mesh or airflow front panel', 'airflow front', ['high-airflow front', 'mesh front', 'front mesh', 'mesh front panel', 'fully mesh panelling', 'mesh panelling']), asPhrase: true } },
  // "the ordinary rectangular USB port", "a full-size USB port": the USB-A plug, as pages name it ("Type-A").
  { said: /\b(?:rectangular|full[\s-]sized?)\s+USB(?:[\s-]A)?\s+(?:ports?|plugs?|sockets?|connectors?)\b|\bUSB\s+ports?\s+(?:that\s+is|that's)\s+rectangular\b/i,
    item: quality('usb-a', 'Plugs into an ordinary rectangular USB port: USB-A', 'USB-A', ['Type-A', 'USB A', 'USB Type A', 'Type A']) },
  // "one of the editions with a coloured interior": a case whose inside is coloured, as titles say it ("Orange Interior/Accents").
  { said: /\bcolou?red\s+(?:interior|inside)\b|\b(?:interior|inside)\s+(?:that\s+is\s+|in\s+)?(?:a\s+)?colou?r(?:ed)?\b/i, item: quality('coloured-interior', 'A coloured interior, as its title says', 'Interior', ['Interior/Accents']) },
  // "a proper server-class processor", "server-grade": made for servers, as titles say it ("Server/Workstation", "Xeon", "EPYC").
  { said: /\bserver[\s-](?:class|grade)\b/i, item: quality('server', 'Made for servers: its title says server (Xeon, EPYC)', 'Server', ['Xeon', 'EPYC']) },
  // "wireless networking on the board": Wi-Fi, as titles write it ("WIFI", "Wi-Fi 6E").
  { said: /\bwireless\s+(?:networking|network(?:\s+card)?|lan|internet|connectivity)\b/i,
    item: quality('wifi', 'Wireless networking: Wi-Fi', 'Wi-Fi', ['WiFi', 'WIFI', 'Wireless LAN', 'WLAN']) },
  // "where I can see my parts through the side, so a glass version": a glass window, as titles say it ("(Black TG) ... Glass Window").
  // "I'd like to look inside through the side": a side one sees through, a window of glass or not ("w/ Window").
  // ("a glass side window": a window in the side, which titles may call a "Clear Window".)
  { said: /\b(?:look|see|peek)\s+(?:inside|in)\s+(?:it\s+)?(?:through|from)\s+(?:the\s+)?(?:side|panel|window)\b|\b(?:an?\s+)?glass\s+side\s+window\b/i,
    item: quality('window', 'A see-through side: a window or glass', 'window', ['glass', 'TG']) },
  { said: /\bsee\s+(?:my\s+|the\s+|its\s+|all\s+(?:my\s+|the\s+)?)?(?:parts|components|hardware|insides?|build|innards)\s+(?:through|from)\s+(?:the\s+)?(?:side|panel|window)\b|\b(?:an?|the)\s+glass\s+(?:version|edition|variant)\b/i,
    item: quality('glass-window', 'A glass side: its page names glass', 'glass', ['TG', 'tempered glass']) },
  // "glass at the front as well as on the side": a glass front panel, as titles say it ("Glass Front & Side", "Glass/Mesh Front").
  // "whose front is glass as well as its side", "glass on the side and the front", "glass across the front": so too.
  { said: /\bglass\s+(?:at|on|in|across)\s+(?:both\s+)?(?:the\s+)?front\b|\b(?:a\s+)?glass\s+front\b|\bfront\s+(?:panel\s+)?(?:(?:is|are)\s+(?:also\s+|all\s+)?(?:made\s+of\s+)?|of|in|made\s+of)\s*(?:tempered\s+)?glass\b|\bglass\s+(?:on|at|across|down)\s+(?:the\s+|its\s+)?sides?\s+and\s+(?:on\s+|at\s+|across\s+)?(?:the\s+|its\s+)?front\b/i,
    item: { ...quality('glass-front', 'Glass at the front', 'glass front', ['front glass', 'front & side glass', 'front and side glass', 'glass side & front', 'glass side and front', 'side & front glass', 'side and front glass', 'glass/mesh front', 'front tempered glass', 'tempered glass front']), asPhrase: true } },
  // "should bring a real metal heatsink": a heatsink of its own, as drives' titles say ("..., Heatsink", "Aluminium Heatspreader").
  // (Not "heatsink and fan": an air cooler, the kind itself.)
  { said: /(?<!\b(?:no|without|not|never)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2})\bheat[\s-]?sinks?\b(?!\s*(?:and|&|\+|with)\s*(?:a\s+)?fans?\b)/i,
    item: quality('heatsink', 'A heatsink of its own', 'heatsink', ['heat sink', 'heat-sink', 'heatspreader', 'heat spreader']) },
  // A screen one taps ("has to have a touchscreen"), as pages title it ("13.5\" Touchscreen", "Touch Display"); not one turned down.
  { said: /(?<!\b(?:no|without|not|non|never)\s+(?:an?\s+|the\s+)?)\btouch[\s-]?(?:screens?|displays?|panels?)\b/i,
    item: quality('touchscreen', 'A touchscreen', 'touchscreen', ['touch screen', 'touch-screen', 'touch display', 'touch panel']) },
  // A camera built into a screen or laptop is a webcam, as pages name it ("8MP Webcam").
  { said: /\b(?:camera|webcam|web\s?cam)\s+(?:built[\s-]?in(?:to\s+it)?|integrated|inbuilt|on\s+(?:it|top|board))\b|\b(?:built[\s-]?in|integrated|inbuilt|own)\s+(?:camera|webcam|web\s?cam)\b/i,
    item: quality('webcam', 'A camera built in: a webcam', 'webcam', ['web cam', 'web camera', 'built-in camera', 'integrated camera', 'HD camera', 'FHD camera', 'IR camera']) },
  // Surviving a fall into a lake or a dunk in the bath is immersion, not a splash or a jet: pages state
  // it as an IP rating whose water digit is 7 or 8 (IPX7, IP68) or plainly "waterproof".
  { said: /\b(?:fall(?:s|ing)?|fell|drop(?:s|ped|ping)?|dunk(?:s|ed|ing)?|go(?:es|ing)?|sink(?:s|ing)?|dive|diving|swim(?:s|ming)?)\s+(?:\w+\s+){0,2}?(?:into|in|under)\s+(?:the\s+|a\s+|my\s+)?(?:water|lake|river|sea|ocean|pool|bath|bathtub|sink|toilet|puddle|stream)\b|\b(?:submerge|submerged|submersion|submersible|immersion|immersed|under\s?water)\b/i,
    item: quality('submersible', 'Survives being under water: waterproof to immersion (IPX7, IP68)', 'waterproof', ['water-proof', 'water proof', 'IPX7', 'IPX8', 'IP67', 'IP68', 'IP69', 'IP69K', 'submersible']) },
  // Rinsing under a tap or taking it into rain asks for a stated protection: "waterproof" or an IP
  // rating whose water digit is 5 (jets) or more; "spill resistant" survives a splash, not a rinse.
  { said: /\b(?:dust-?\s*(?:and|&)\s*)?water-?\s?proof\b|\b(?:dust|water)-?\s*(?:and|&)\s*(?:dust|water)-?\s*(?:tight|sealed)\b|\b(?:rinse|rinsing|wash|washing|hose|hosing)\s+(?:it\s+|them\s+)?(?:off\s+|down\s+)?(?:under|in|with)\s+(?:the\s+|a\s+|running\s+)?(?:tap|water|shower|sink|hose)\b/i,
    item: quality('waterproof', 'Survives water: waterproof (an IP rating)', 'waterproof', ['water-proof', 'IPX5', 'IPX6', 'IPX7', 'IPX8', 'IP55', 'IP56', 'IP57', 'IP58', 'IP65', 'IP66', 'IP67', 'IP68', 'IP69', 'IP69K', 'submersible']) },
  // A drink spilled over it that it shrugs off: pages say spill-proof or spill-resistant, or a splash-proof IP rating.
  { said: /\b(?:spill(?:s|ed|ing)?|splash(?:es|ed)?)\s+(?:\w+\s+){0,2}?(?:drinks?|coffee|tea|water|juice|liquids?|beer|soda)\b|\b(?:drinks?|coffee|tea|juice|liquids?)\s+(?:\w+\s+){0,2}?(?:spill(?:s|ed)?|goes\s+over|gets\s+knocked\s+over)\b|\bspill[\s-]?(?:proof|resistant)\b/i,
    item: quality('spill-proof', 'Shrugs off a spilled drink: spill-proof', 'spill-proof', ['spill proof', 'spillproof', 'spill-resistant', 'spill resistant', 'splash-proof', 'splash proof', 'IPX4', 'IP57', 'IP56', 'IP55', 'waterproof']) },
  // "the case should arrive empty", "it can ship without fans" (the shopper has fans of their own): the edition sold without them,
  // which titles call "No Fans".
  { said: /\b(?:arrives?|arriving|comes?|coming|ships?|shipped|be\s+sold|be\s+delivered)\s+(?:completely\s+|totally\s+)?(?:empty|bare|without\s+(?:any\s+)?fans|with\s+no\s+fans)\b/i,
    item: { ...present('No Fans'), id: 'quality:no-fans', label: 'Arrives empty: no fans fitted ("No Fans")', anyOf: ['without fans', 'fans not included'], hard: true }, searched: 'No Fans' },
  // A case that arrives with its fans fitted ("as long as its fans come fitted"): pages of the editions without them say "No Fans" (those with them count them, "3x ARGB Fans").
  { said: /\b(?:arrives?|arriving|comes?|coming|sold|ships?|shipped|supplied|delivered)\s+with\s+(?:(?:their|its|the)\s+)?(?:own\s+)?fans\b(?:\s+(?:already\s+)?(?:fitted|installed|included|pre-?installed|mounted))?|\b(?:with|the|its|their)\s+fans\s+(?:already\s+)?(?:fitted|installed|included|pre-?installed|in\s+the\s+box)\b|\b(?:(?:the|its|their)\s+)?fans\s+(?:to\s+)?(?:come|are|arrive|be)\s+(?:already\s+)?(?:fitted|installed|included|pre-?installed|pre-?fitted|in\s+the\s+box)\b|(?<!\b(?:no|without|not|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|RGB|ARGB|PWM)\s+)\bfans\s+already\s+(?:fitted|installed|included|pre-?installed|pre-?fitted|in\s+the\s+box)\b|\b(?:the|its|their)\s+fans\s+(?:must|should|have\s+to|need\s+to)\s+(?:come|be)\s+(?:already\s+)?(?:fitted|installed|included|pre-?installed|pre-?fitted|in\s+the\s+box)\b|\b(?:versions?|editions?|ones?|models?)?\s*(?:sold|shipped|supplied|that\s+come)\s+without\s+(?:any\s+)?fans\s+(?:do(?:es)?\s+not|don't|doesn't|won't)\s+(?:count|do)\b/i,
    // (A quality's id, so that an alternative said to come with its fans is held to it as well: refineShape keeps qualities.)
    item: { ...absent('No Fans', 'Comes with its fans fitted (not "No Fans")'), id: 'quality:fans-fitted', hard: true },
    // (A page that never names a fan, "Asus ... GT502 Case w/ Front & Side Glass Window, ATX, Dual Chamber", has none to ship.)
    also: quality('fans-included', 'Its page names the fans it ships with', 'fans', ['fan']) },
  // "a little remote so I can change the colours from my bed": a remote control in the box, as pages name it ("RF Remote Control").
  { said: /\bremote[\s-]control(?:led|ler)?s?\b|\b(?:an?|the|its|little|small|handheld|wireless|RF|IR)\s+remote\b(?!\s+(?:work|desktop|play|access|office|server|wake|monitoring)\b)/i,
    item: quality('remote-control', 'Comes with a remote control', 'remote control', ['remote', 'RF remote', 'IR remote']) },
  // A graphics card whose far end droops needs holding up: pages say "GPU support bracket" or "anti-sag" (not "350mm GPU Support", a length).
  { said: /\b(?:hold|holds|holding|prop|props|propping|brace|braces|support|supports|supporting)\s+(?:it|them|the\s+(?:card|gpu|graphics\s+card))\s+up\b|\b(?:droops?|drooping|sags?|sagging)\b/i,
    item: quality('gpu-support', 'Holds a heavy graphics card up: a GPU support bracket', 'GPU support bracket', ['GPU holder', 'GPU bracket', 'anti-sag', 'GPU brace', 'graphics card holder', 'graphics card support bracket', 'VGA holder', 'VGA support bracket', 'GPU support stand']), searched: 'GPU support bracket' },
  // A Windows licence the buyer already owns (or no need for one): the computer without an operating system, as pages say.
  { said: /\b(?:already\s+)?(?:own|owns|have|has)\s+(?:a\s+)?(?:Windows|OS)\s+licen[cs]es?\b|\b(?:no|without)\s+(?:need\s+(?:for|of)\s+)?(?:an?\s+)?(?:operating\s+system|Windows\s+licen[cs]e)\b/i,
    item: quality('no-os', 'No operating system to pay for again', 'No Operating System', ['No OS', 'Without OS', 'No Windows', 'FreeDOS', 'Free DOS', 'Without Operating System']) },
  // A place to hang a headset on the product: pages say "Headphone Hook" or a holder.
  { said: /\b(?:somewhere|a\s+place|a\s+spot|room)\s+to\s+hang\b|\bhang\s+(?:up\s+)?(?:my|the|a|its)\s+(?:headset|headphones)\b|\b(?:headset|headphones?)\s+(?:hook|hanger|holder)\b/i,
    item: quality('headphone-hook', 'Somewhere to hang a headset: a headphone hook', 'headphone hook', ['headset hook', 'headphone holder', 'headset holder', 'headphone hanger', 'headset hanger', 'headphone stand']), searched: 'headphone hook' },
  // A cord coiled like an old telephone's stretches and springs back: pages call it a spiral or coiled cable.
  { said: /\b(?:coiled|curly|spiral(?:led)?|springy)\b(?:\s+like\s+(?:an?\s+|the\s+)?(?:old(?:-fashioned)?\s+)?(?:tele)?phone(?:'s)?\s+(?:cords?|cables?|leads?))?|\blike\s+(?:an?\s+|the\s+)?(?:old(?:-fashioned)?\s+)?(?:tele)?phone(?:'s)?\s+cords?\b/i,
    item: quality('coiled', 'Coiled, so it stretches: a spiral cable', 'spiral', ['coiled', 'curly', 'coil cable']) },
  // Bought without a power supply of one's own, one must be in the box: pages say the case comes with
  // a (300W) power supply; "No PSU" says it does not, and never says "power supply".
  { said: /\b(?:comes?|coming|ships?|shipped|supplied|sold|bundled)\s+with\s+(?:an?\s+|its\s+own\s+|a\s+built-?in\s+)?(?:power\s+supply|psu)\b|\b(?:already\s+)?(?:has|have|having|with)\s+(?:an?\s+|its\s+own\s+)?(?:power\s+supply|psu)\s+(?:inside|built[\s-]?in|included|fitted|installed|pre-?installed)\b|\b(?:power\s+supply|psu)\s+(?:included|built[\s-]?in|in\s+the\s+box)\b|\bwith\s+(?:an?\s+)?(?:included|built-?in)\s+(?:power\s+supply|psu)\b|\b(?:i|we)\s+(?:have|own|got)\s+no\s+(?:power\s+supply|psu)\b(?:[^.]*?\b(?:one|it)\s+(?:must|should|has\s+to|needs?\s+to)\s+(?:come|be)\s+(?:with|in(?:cluded)?\s+(?:with|in))\s+(?:the|it)(?:\s+[\w-]+)?)?/i,
    // Its title names the supply's wattage ("CiT Classic Micro ATX Case, 500W"); a page merely saying which "power supply" fits is no supply.
    item: quality('psu-included', 'Comes with a power supply', 'PSU included', ['includes PSU', 'PSU incl', 'power supply included', 'includes a power supply', ...PSU_WATTAGES]) },
  // Quiet in use, said plainly: pages say "silent" as often as "quiet" ("Silent Keys", "Quiet PWM Fan"),
  // and a fanless product makes no noise at all.
  // Not the maker be quiet!, whose name says nothing about one product; completely silent is fanless (above).
  // ("it has to be quiet", "made for low noise": so too; "a be quiet fan" is the maker.)
  { said: /(?<!(?<!\b(?:has\s+to|have\s+to|must|should|needs?\s+to|will|would|to|and|or)\s+)\bbe\s)\b(?:quiet|silent|noiseless|hushed)\b(?!\s*!)(?:\s+(?:to\s+(?:type|use|work|game)\s+(?:on|with)|when\s+(?:typing|in\s+use|running|gaming)|(?:in|during)\s+use))?|\b(?:made|built|designed|tuned)\s+for\s+(?:low[\s-]noise|silence|quiet)\b/i,
    item: quality('quiet', 'Quiet: its page says silent or quiet (or fanless)', 'silent', ['quiet', 'low noise', 'low-noise', 'noiseless', 'whisper', 'fanless', 'fan-less', 'passively cooled']) },
  // Copying a system onto a new drive ("my laptop's old drive") takes a cloning kit or migration software: pages say "with
  // cloning kit", "data migration", "Acronis True Image".
  { said: /\b(?:copy|copying|clone|cloning|migrate|migrating|move|moving|transfer|transferring)\s+(?:over\s+)?(?:all\s+(?:of\s+)?)?(?:my|the|our|your)\s+(?:(?:laptop|pc|computer|desktop)['’]s\s+)?(?:(?:current|old|existing|whole|entire)\s+)*(?:(?:system|os|windows|operating\s+system|boot|hard)\s+)?(?:drive|disk|ssd|hdd|installation|system|os)\b/i,
    item: quality('cloning', 'Copies your old drive over: a cloning kit or migration software', 'cloning', ['clone', 'cloning kit', 'migration', 'migrate', 'Acronis', 'True Image']), searched: 'cloning' },
  // Surviving a fall or knocks is drop resistance, as drives and phones state it ("Drop Resistance", "Shockproof").
  { said: /\b(?:survives?|surviving|withstands?|withstanding|handles?|takes?)\s+(?:a\s+|being\s+)?(?:fall|falls|drop|drops|dropped|knocks?|bumps?|shocks?)\b|\b(?:drop|shock|impact)[\s-]?(?:proof|resistant|resistance)\b|\brugged(?:ised|ized)?\b/i,
    item: quality('drop-resistant', 'Survives a fall: drop or shock resistant', 'drop resistance', ['drop-resistant', 'drop resistant', 'drop proof', 'drop-proof', 'drop protection', 'shockproof', 'shock-proof', 'shock resistant', 'shock-resistant', 'rugged', 'ruggedised', 'ruggedized', 'MIL-STD']) },
  // A microphone on an arm in front of the mouth is a boom mic, as headsets' pages name it.
  { said: /\b(?:microphone|mic)\s+(?:is\s+)?on\s+(?:a|an|its)\s+(?:boom|arm|stalk)(?:\s+arm)?\b|\bboom[\s-]?(?:arm|mic|microphone)\b/i,
    item: quality('boom-mic', 'Its microphone on an arm: a boom mic', 'boom mic', ['boom microphone', 'boom-mic', 'boom arm']), searched: 'boom' },
  // Volume and mute on the cable are in-line controls.
  { said: /\b(?:controls?|buttons?|volume(?:\s+control)?|remote)\s+(?:are\s+|is\s+)?on\s+(?:the|its)\s+(?:cable|cord|wire|lead)\b|\bin[\s-]?line\s+(?:controls?|remote)\b/i,
    item: quality('inline-controls', 'Controls on the cable: in-line controls', 'in-line controls', ['inline controls', 'in-line control', 'inline control', 'in-line remote', 'inline remote', 'in-line volume']) },
  // A shade around a screen against glare is a monitor hood, as pages name it ("Monitor Hood", "Shading Hood").
  { said: /\b(?:shade|hood|visor|shield)s?\s+(?:that\s+)?(?:fits?|goes|sits?|wraps?|clips?)\s+(?:a)?round\s+(?:the|its)\s+(?:screen|display|monitor)\b|\b(?:sun|glare|light|monitor|screen)[\s-]?(?:shade|hood|visor)s?\b/i,
    item: quality('hood', 'A shade around the screen: a monitor hood', 'hood', ['shading hood', 'monitor hood', 'sun hood', 'light shield']), searched: 'hood' },
  // A second screen that hangs off the first, so one output drives both, is DisplayPort daisy chaining
  // (MST): pages state "Daisy Chain" or a DisplayPort out.
  // (Not fans' or coolers' "LINK daisy-chain system", "daisy-chained iCUE LINK system": one cable through the parts, no picture passed on.)
  { said: /(?<!\bLINK\s)\bdaisy[\s-]?chain(?:ed|ing|s)?\b(?![\s-]+(?:iCUE\b|LINK\b|(?:[\w-]+\s+){0,2}(?:system|ecosystem|fans?|cables?|hubs?|connections?)\b))|\b(?:hangs?|hanging|run|runs|running|driven|fed|plugged)\s+(?:off|from|into)\s+(?:the\s+)?(?:first|other|previous)(?:\s+(?:one|screen|monitor|display))?\b|\bpass(?:es|ing)?\s+(?:the\s+)?(?:picture|signal|image|video)\s+(?:on|through|along)\b|\bchain\s+(?:them|the\s+(?:screens|monitors|displays))\b/i,
    item: quality('daisy-chain', 'Passes the picture on to a second screen: DisplayPort daisy chain', 'daisy chain', ['daisy-chain', 'daisy chaining', 'daisy-chaining', 'DP out', 'DisplayPort out', 'MST']), searched: 'daisy chain' },
  // Powered through the network cable, with no injector for each device: a switch or device with PoE, as pages say.
  { said: /\b(?:get|gets|getting|draw|draws|take|takes|receive|receives)\s+(?:their|its|the)\s+power\s+(?:through|over|via|from)\s+(?:the\s+)?(?:network|ethernet|lan|data)\s+(?:cables?|leads?|wires?|connections?)\b|\bpower(?:ed)?\s+(?:through|over|via)\s+(?:the\s+)?(?:network|ethernet|lan)\s+(?:cables?|leads?)\b|\bseparate\s+power\s+injectors?\b/i,
    item: quality('poe', 'Powers devices over the network cable: PoE', 'PoE', ['Power over Ethernet', 'PoE+']), searched: 'PoE' },
  // Asus's boards with every connector on the back of the board (BTF) need a case made for them: pages say "BTF".
  // ("The board I'm getting has all its plugs on the back": so too.)
  { said: /\bhidden[\s-]connectors?\b|\b(?:every|all\s+(?:the|its))\s+(?:plugs?|connectors?|cables?)\s+on\s+the\s+back\s+of\s+the\s+(?:pcb|board|motherboard)\b|\bback[\s-]connect(?:ors?|ed)?\b|\b(?:board|motherboard)\b[^.;]{0,40}?\b(?:all\s+(?:the|its)|every)\s+(?:plugs?|connectors?|headers?)\s+on\s+the\s+back\b/i,
    item: quality('btf', 'Takes a board with its connectors on the back (Asus BTF)', 'BTF', ['back-connect', 'hidden connector', 'Project Zero']), searched: 'BTF' },
  // A grid of little LEDs that plays pixel animations (no screen): an LED matrix display, as pages name it ("Anime Matrix LED Display").
  { said: /\b(?:grid|matrix|array)\s+of\s+(?:tiny\s+|little\s+|small\s+)?LEDs\b|\b(?:LED|dot)[\s-]matrix\b|\bpixel\s+animations?\b|\bLED\s+display\s+on\s+(?:the|its)\s+pump(?:\s+head)?\b/i,
    item: quality('led-matrix', 'A grid of LEDs that plays animations: an LED matrix display', 'Matrix LED', ['LED matrix', 'Anime Matrix', 'dot matrix', 'LED Display']) },
  // "Not a full-colour screen of any kind, LCD or OLED": a pump whose title names neither.
  { said: /\bnot\s+(?:an?\s+)?(?:full[\s-]colou?r\s+)?(?:screen|display)s?\b[^.;]*?\b(?:LCD|OLED)\b(?:\s+or\s+(?:LCD|OLED)\b)?/i,
    item: { kind: 'attribute-absent', id: 'quality:no-lcd-oled', label: 'No LCD or OLED screen', text: 'LCD', anyOf: ['OLED', 'IPS'], inTitle: true, hard: true, origin: 'request' } },
  // A case whose inside is painted a colour (not the usual black or white) is titled by it: "Orange Interior/Accents".
  { said: /\b(?:interior|insides?)\s+(?:itself\s+|themselves\s+)?(?:(?:is|are|be|should\s+be|must\s+be)\s+)?(?:painted|coloured|colored|finished|sprayed|done)\s+(?:in\s+)?(?:an?\s+)?(?:(?:bold|bright|vivid|strong|loud|striking|real|proper)\s+)?colou?r\b|\b(?:bold|bright|vivid|striking|colou?red|colou?rful)[\s-]+(?:colou?red\s+)?(?:interior|insides?)\b/i,
    item: quality('coloured-interior', 'Its interior painted a colour: a coloured interior', `${INTERIOR_COLOURS[0]} Interior`, INTERIOR_COLOURS.slice(1).map((c) => `${c} Interior`)) },
  // A screen on a cooler's pump shows pictures or animations: pages name an LCD or OLED display.
  { said: /\b(?:screen|display|lcd|oled)\s+on\s+(?:the|its)\s+pump(?:\s+head)?\b|\bpump(?:\s+head)?\s+with\s+(?:an?\s+)?(?:screen|display|lcd|oled)\b|\bshow\s+(?:my\s+own\s+)?(?:animated\s+)?(?:pictures|images|gifs|animations|photos)\b/i,
    item: quality('pump-screen', 'A screen on the pump: an LCD or OLED display', 'display', ['LCD', 'OLED', 'screen']) },
  // Mounted over a network socket in the wall, not on the ceiling: a wall-plate (in-wall) device.
  { said: /\bmounts?\s+(?:right\s+|directly\s+|straight\s+)?(?:over|on|onto|into|in)\s+(?:that|the|a|my|our)\s+(?:(?:network|ethernet|lan|data)\s+)?(?:wall\s+)?(?:socket|outlet|jack|box|port)\b|\breplaces?\s+(?:the|a|my|our)\s+(?:network|ethernet|lan)\s+(?:wall\s+)?(?:socket|outlet|jack)\b/i,
    item: quality('wall-plate', 'Fits over a wall socket: a wall-plate (in-wall) design', 'wall plate', ['wall-plate', 'wallplate', 'in-wall', 'in wall']) },
  // A screen or drive the computer powers over its USB cable needs no power adapter: pages say "USB-powered".
  { said: /\b(?:it|the laptop|my laptop|the computer)\s+can\s+power\s+(?:it\s+)?(?:over|through|via|by|with|from)\s+(?:a\s+|one\s+|the\s+)?(?:single\s+)?usb(?:-c)?\b|\b(?:powered|runs?|running)\s+(?:over|through|via|by|from|off)\s+(?:a\s+|one\s+|the\s+)?(?:single\s+)?usb(?:-c)?(?:\s+(?:cable|port|connection))?\b|\busb[\s-](?:bus[\s-])?powered\b/i,
    item: quality('usb-powered', 'Runs on USB power: no power adapter', 'USB-powered', ['USB powered', 'USB bus powered', 'bus-powered', 'powered by USB', 'powered via USB', 'USB power']) },
  // A control, button or key that lights up (to be found in the dark) is backlit, as pages say.
  { said: /\b(?:controls?|knobs?|buttons?|keys|dials?|switch(?:es)?)\s+(?:that\s+|which\s+)?(?:lights?|glows?)\s+up\b|\b(?:lit|illuminated|backlit)\s+(?:volume\s+)?(?:controls?|knobs?|buttons?|keys)\b/i,
    item: quality('backlit', 'Its controls light up: backlit', 'backlit', ['back-lit', 'backlight', 'backlighting', 'illuminated']) },
  // "the fans that come with the case should glow by themselves": a case whose own fans are lit, as titles count them ("4 RGB Fans").
  { said: /\b(?:the|its|their)\s+fans\b[^.;]*?\b(?:should|must|have\s+to|has\s+to|need\s+to|needs\s+to)\s+(?:glow|light\s+up|be\s+lit)\b/i,
    item: quality('lit-fans', 'Its fans light up: RGB fans', 'RGB fans', ['ARGB fans', 'A-RGB fans', 'RGB fan', 'ARGB fan', 'LED fans', 'LED fan']) },
  // Fans or a case that light up are sold by their lighting: RGB, ARGB or LED as pages write it ("a module with lighting of its own" too).
  { said: /\b(?:that|which)\s+(?:light|lights|glow|glows)\s+up\b|\b(?:lit[\s-]up|light-?up|glowing)\s+fans?\b|\bwith\s+(?:its\s+own\s+)?lighting(?:\s+of\s+its\s+own)?\b/i,
    item: quality('lit', 'Lights up: RGB, ARGB or LED lighting', 'RGB', ['ARGB', 'LED', 'lighting', 'illuminated', 'illumination']) },
  // A keyboard and mouse plugged into the monitor take USB ports on it: pages say "USB Hub".
  { said: /\b(?:keyboard|mouse|peripherals?|usb devices?)\b[^.]*?\b(?:plug|plugs|plugged|connect|connects|connected)\s+(?:in(?:to)?|to)\b(?!\s+(?:my|the|a)\s+(?:pc|computer|laptop))|\b(?:plug|connect)\s+(?:my\s+|its\s+|the\s+|our\s+)?(?:keyboard|mouse)(?:\s+(?:and|&)\s+(?:the\s+)?(?:keyboard|mouse))?\s+(?:in(?:to)?|to)\s+(?:the|my|a)\s+(?:screen|monitor|display)\b/i,
    item: quality('usb-hub', 'Takes your keyboard and mouse: a USB hub', 'USB hub', ['USB-hub', 'USB downstream', 'KVM']), searched: 'USB hub' },
  // Locking a computer to a desk with a security cable takes a slot or bracket for it ("a Kensington lock point"): pages say "Kensington".
  { said: /\b(?:lock(?:ed)?|secure[ds]?|chain(?:ed)?|tie[ds]?)\b[^.]*?\b(?:security\s+cables?|cable\s+locks?|kensington|padlocks?)\b|\b(?:security\s+cables?|cable\s+locks?|kensington)\b/i,
    item: quality('lockable', 'Locks to a desk: a Kensington slot or padlock loop', 'Kensington', ['security slot', 'lock slot', 'padlock', 'lockable', 'security lock']), searched: 'Kensington' },
  // Sound without separate speakers takes speakers built in: pages say "Speakers", "SPK" or "Multimedia".
  { said: /\bplays?\s+(?:the\s+)?sound\b|\b(?:built[\s-]?in|integrated|internal|its\s+own)\s+speakers?\b|\bno\s+(?:room|space)\s+for\s+speakers\b|\bwith\s+speakers\b/i,
    item: quality('speakers', 'Plays sound by itself: built-in speakers', 'speakers', ['speaker', 'SPK', 'multimedia', 'audio speakers']) },
  // Staying accurate by itself takes a sensor in the screen: pages state "Automatic Calibration" or a
  // built-in colorimeter; "factory calibrated" was set once and drifts.
  { said: /\bcalibrat(?:es?|ing)\s+(?:(?:its|the|their)\s+)?(?:own\s+)?(?:colou?rs?\s+|screen\s+|display\s+|panel\s+)?(?:by\s+itself|itself|automatically|on\s+its\s+own)\b|\bself-?\s?calibrat\w*|\bauto(?:matic(?:ally)?)?[\s-]calibrat\w*|\bbuilt-?in\s+(?:colou?ri?meter|calibrat\w*)/i,
    item: quality('self-calibration', 'Keeps its colours accurate by itself: automatic calibration', 'automatic calibration', ['auto calibration', 'auto-calibration', 'self-calibration', 'self calibration', 'self-calibrating', 'built-in colorimeter', 'built-in calibrator', 'built-in calibration sensor', 'motorized colorimeter']) },
];

/**
 * "for the PC in my recording studio", "in a PC": the computer every part of its kind goes in, and
 * where it stands; a purpose no product page names, so nothing a page must say. "In my PC case"
 * names a part, and stays.
 */
const HOST_PURPOSE = /\b(?:for|in|inside)\s+(?:the|my|our|a|an)\s+(?:(?:new|old|own|home|gaming|work|silent|quiet|small|office|media)\s+)?(?:pc|computer|build|rig|workstation)\b(?!\s+(?:case|cases|chassis|tower|monitor|screen|speakers?|desk)\b)(?:\s+(?:in|at|of|on)\s+(?:my|our|the)\s+[\w-]+(?:\s+(?:studio|room|office))?)?/i;

/**
 * Board sizes a request names, read whole and in the table's order, so "Thin Mini ITX" is read before
 * (and not as) "Mini ITX"; plain "ATX" is left to the words themselves, as nearly every case and board is one.
 */
const NAMED_BOARD_SIZES = BOARD_SIZES.filter((b) => b.name !== 'ATX');

const boardSizeItem = ({ name, also }: BoardSize): ChecklistItem =>
  ({ kind: 'attribute-present', id: `present:${name.toLowerCase()}`, label: name, text: name, anyOf: [...also], hard: true, origin: 'request' });

/** The subject without the board size it names: the size is a checklist item, met however a title writes it ("B760M", "M-ATX"). */
export function withoutBoardSizes(subject: string): string {
  return NAMED_BOARD_SIZES.reduce((s, { written }) => s.replace(written, ' '), subject).replace(/\s+/g, ' ').trim();
}

/** The board size a subject names ("Micro ATX motherboards"): required, as one said in a clause is. */
export function boardSizesNamed(subject: string): ChecklistItem[] {
  return eitherSize(subject, NAMED_BOARD_SIZES.flatMap((size) => {
    const m = size.written.exec(subject);
    return m ? [sizeSaid(size, subject, m.index)] : [];
  }));
}

/** A board size as said: wanted, or ruled out where "not" comes just before it ("but is not an E-ATX case"). */
function sizeSaid(size: BoardSize, text: string, at: number): ChecklistItem {
  // Turned down however titles write it ("B760M", "M-ATX").
  return boardSizeRefused(text, at) ? { ...absent(size.name), anyOf: [...size.also], inTitle: true } : boardSizeItem(size);
}

/** "in Micro ATX or Mini ITX size": two sizes joined by "or" are one wish either meets. */
function eitherSize(text: string, items: ChecklistItem[]): ChecklistItem[] {
  const sizes = items.filter((i): i is Extract<ChecklistItem, { kind: 'attribute-present' }> => i.kind === 'attribute-present');
  if (sizes.length !== 2) return items;
  const [a, b] = sizes as [typeof sizes[0], typeof sizes[0]];
  const at = (name: string) => text.toLowerCase().indexOf(name.toLowerCase());
  const [first, second] = at(a.text) <= at(b.text) ? [a, b] : [b, a];
  const between = text.slice(at(first.text) + first.text.length, at(second.text));
  if (at(first.text) < 0 || at(second.text) < 0 || !/^\s*(?:or|\/)\s*$/i.test(between)) return items;
  return [{ ...first, id: `${first.id}|${second.text.toLowerCase()}`, label: `${first.text} or ${second.text}`, anyOf: [...(first.anyOf ?? []), second.text, ...(second.anyOf ?? [])] }];
}

/** "With or without a screen on the pump", "with or without Wi-Fi": either way will do, so the thing named asks nothing (to the clause's end). */
export const WITH_OR_WITHOUT = /\bwith\s+or\s+without\s+[^,;.]*?(?=\s+(?:and|but)\b|[,;.!?]|$)/gi;

/** A list of alternatives, then that the shopper does not mind which. */
export const ANY_OF_THEM_DOES = /\b[\w+-]+\s+or\s+[\w+-]+(?:\s+and\s+(?:whichever|any)\s+[\w-]+)?\s+(?:is|are)\s+all\s+the\s+same\s+to\s+(?:me|us)\b|\bwith\s+or\s+without\s+(?:an?\s+)?[\w+-]+(?:\s+[\w+-]+){0,2}\s+(?:is\s+(?:all\s+the\s+same|fine|ok|okay)|makes\s+no\s+difference|does\s+not\s+matter|doesn't\s+matter)(?:\s+to\s+(?:me|us))?|(?:[\w+-]+(?:\s+[\w+-]+){0,2}\s*,\s*){0,4}[\w+-]+(?:\s+[\w+-]+){0,2}\s+or\s+[\w+-]+(?:\s+[\w+-]+){0,2}\s*[,;]\s*(?:(?:I'm|I\s+am|we're|we\s+are)\s+not\s+(?:fussed|bothered)|(?:(?:I|we)\s+)?(?:do\s+not|don't)\s+(?:mind|care)|any\s+of\s+them(?:\s+(?:will\s+do|is\s+fine|are\s+fine))?|any\s+(?:will\s+do|is\s+fine)|either(?:\s+(?:one|size|colou?r|version|edition|kind|way))?\s+(?:will\s+do|is\s+fine|works|suits\s+me))(?:\s+which(?:\s+(?:one|size|colour|color|version|kind))?)?\b/gi;

/** "nothing larger than an ATX board", "no bigger than Micro ATX", "at most a Micro ATX board": the largest board size that fits. */
const LARGEST_SIZE = /\b(?:(?:nothing|no|not|none)(?:\s+[\w-]+)?\s+(?:larger|bigger|wider)\s+than|at\s+most|up\s+to)\s+(?:an?\s+|the\s+)?((?:e-?|micro[\s-]?|mini[\s-]?|xl[\s-]?)?(?:atx|itx))\b(?:\s+(?:size|format|form\s+factor|boards?|motherboards?))?/i;

/** A negation right before a quality's words ("no ", "not ", "without ", "never "). */
// "no LCD screen on the pump": a word naming which kind of it may come between.
// "rather than a glass front", "instead of a glass front": the quality set against the one wanted is turned down.
const SET_AGAINST = String.raw`rather\s+than|instead\s+of|in\s+place\s+of`;
const NEGATED_BEFORE = new RegExp(String.raw`\b(?:no|not|without|never|nor|${SET_AGAINST})\s+(?:any\s+|an?\s+|the\s+)?(?:(?:lcd|oled|ips|colou?r|full[\s-]colou?r|little|small|tiny|big|built[\s-]in)\s+)?$`, 'i');
/** "without a ...", "rather than a ...": a quality turned down that the pick's title must not name. */
const WITHOUT_BEFORE = new RegExp(String.raw`\b(?:without|${SET_AGAINST})\s+(?:any\s+|an?\s+|the\s+)?(?:[\w-]+\s+)?$`, 'i');

/** Qualities a clause describes by their effect, and board sizes named whole, as checklist items; words to search the qualities by; and the clause without those phrases. */
export function saidQualities(requirements: string, kind?: string): { items: ChecklistItem[]; queries: string[]; rest: string } {
  // "so a Micro ATX case won't do": a board size turned down by a refusal said otherwise, read as the "not ..." it means
  // (as requirementItems reads it; only for the sizes, as the rewriting may garble the rest). A size turned down is the
  // title's: a case's page names the smaller boards it also takes ("not a Micro ATX case" of an ATX case that takes them).
  const asRefused = everyRefusalSaidAsNot(requirements);
  // "Mini ITX, ATX or E-ATX, I don't mind which size": none of them is asked.
  // "must never spin faster than 1000 RPM, so they stay quiet": the aim of a figure said before it, no quality of its own.
  let rest = requirements.replace(HOST_PURPOSE, ' ').replace(ANY_OF_THEM_DOES, ' ').replace(WITH_OR_WITHOUT, ' ').replace(/(\d\s*[a-z]*),?\s*\bso\s+(?:that\s+)?(?:they|it)\s+(?:stay|stays|keep|keeps|remain|remains|will\s+stay|will\s+be)\s+(?:quiet|silent|cool)\b/gi, '$1');
  const items: ChecklistItem[] = [];
  const queries: string[] = [];
  const sizes: ChecklistItem[] = [];
  // "nothing larger than an ATX board fits my case": every larger size is out, the named one and smaller ones do.
  const largest = LARGEST_SIZE.exec(rest);
  const upTo = largest ? BOARD_SIZES.findIndex((b) => b.written.test(largest[1]!)) : -1;
  if (largest && upTo >= 0) {
    items.push(...BOARD_SIZES.slice(upTo + 1).filter((b) => b.name !== 'Thin Mini ITX').map((b) => ({ ...absent(b.name, `Not larger than ${BOARD_SIZES[upTo]!.name}: no ${b.name}`), anyOf: [...b.also] })));
    rest = rest.replace(largest[0], ' ');
  }
  const said = rest;
  for (const size of NAMED_BOARD_SIZES) {
    const m = size.written.exec(rest);
    if (!m) continue;
    const refusedAt = asRefused === requirements ? undefined : size.written.exec(asRefused)?.index;
    sizes.push(refusedAt !== undefined && boardSizeRefused(asRefused, refusedAt) ? { ...absent(size.name), anyOf: [...size.also], inTitle: true } : sizeSaid(size, rest, m.index));
    rest = rest.replace(m[0], ' ');
  }
  items.push(...eitherSize(said, sizes));
  const material = partMaterial(rest);
  if (material) {
    items.push(material.item);
    queries.push(...material.searched);
    rest = withoutListed(rest, material.said);
  }
  const detachable = detachablePart(rest);
  if (detachable) {
    items.push(detachable.item);
    rest = rest.replace(detachable.said, ' ');
  }
  for (const { said, item, searched, also, notOf } of QUALITIES) {
    const m = said.exec(rest);
    if (!m) continue;
    // "no RGB or ARGB lighting": each lighting named is turned down (requirements.ts), not every light there is (white LED fans pass).
    if (item.id === 'quality:unlit' && /^\s*(?:,|\bor\b|\band\b|\bnor\b)\s*(?:RGB|ARGB|A-RGB|LEDs?)\b/i.test(rest.slice(m.index + m[0].length))) continue;
    // Said of something else than the kind asked: the words are read, and ask nothing of it.
    if (kind !== undefined && notOf?.includes(kind)) {
      rest = rest.replace(new RegExp(said.source, 'gi'), ' ');
      continue;
    }
    // "airflow or silent": one of two alternatives the shopper accepts is no requirement of its own.
    // ("silent or quiet" still asks it: both say the same quality.)
    const other = /\b([\w-]+)\s+or\s+$/i.exec(rest.slice(0, m.index))?.[1] ?? /^\s+or\s+([\w-]+)/i.exec(rest.slice(m.index + m[0].length))?.[1];
    const alternative = other !== undefined && !said.test(other);
    // "no liquid cooling", "not water-cooled": the quality turned down is no wish for it.
    // "an LED dot-matrix display does not count": turned down after it too.
    const refused = NEGATED_BEFORE.test(rest.slice(0, m.index)) || /^(?:\s+[\w-]+){0,2}?\s+(?:does\s+not|doesn't|do\s+not|don't)\s+count\b|^(?:\s+[\w-]+){0,4}?\s+(?:is|are)\s+(?:not\s+(?:it|wanted|what)|out)\b/i.test(rest.slice(m.index + m[0].length));
    // "not the Pop Mini Silent", "the Pure Base 501 Silent": a capitalised word closing a run of a name's words is the name's.
    const namesEdition = /^[A-Z]/.test(m[0]) && /(?:^|\s)[A-Z][\w!+-]*\s+$/.test(rest.slice(0, m.index)) && !/^[A-Z][\w!+-]*\s+$/.test(rest.slice(0, m.index));
    if (namesEdition) {
      rest = rest.slice(0, m.index) + ' ' + rest.slice(m.index + m[0].length);
      continue;
    }
    if (!alternative && !refused) items.push(item, ...(also ? [also] : []));
    // "I can do without a screen on the pump": a quality turned down with "without" is one the pick's title must not name.
    else if (refused && WITHOUT_BEFORE.test(rest.slice(0, m.index)) && item.kind === 'attribute-present') {
      items.push({ ...absent(item.text, `Not: ${item.label}`), ...(item.anyOf ? { anyOf: item.anyOf } : {}), inTitle: true });
    }
    if (searched) queries.push(searched);
    // Every phrase saying it goes: "runs non-stop in a PC that stays on day and night" says it twice.
    rest = rest.replace(new RegExp(said.source, 'gi'), ' ');
  }
  // "with dual chamber and carry handles" less its first item: the rest of the list stays said after "with".
  rest = rest.replace(/\b(with|has|have|having)\s+(?:,\s*)?and\s+/gi, '$1 ');
  return { items, queries, rest: rest === requirements ? requirements : tidy(rest) };
}

/**
 * The clause without one item of a "with A and B" list: "with wood front panel and glass side panel" leaves "with glass
 * side panel", so the rest of the list is still read as what the product comes with.
 */
function withoutListed(clause: string, said: string): string {
  const opening = /^(?:with|has|have|having)\b/i.exec(said)?.[0];
  const at = clause.indexOf(said);
  const listed = opening && at >= 0 ? /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=\S)/.exec(clause.slice(at + said.length)) : null;
  return listed ? `${clause.slice(0, at)}${opening} ${clause.slice(at + said.length + listed[0].length)}` : clause.replace(said, ' ');
}

/**
 * Materials a part of a product is made of, as pages name them; each wood is its own look. Glass and
 * mesh are left out: pages write those panels many ways ("TG", "w/ Glass Side", "Mesh Panels").
 */
const MATERIALS = String.raw`oak|walnut|beech|bamboo|cherry ?wood|wood(?:en)?|aluminium|aluminum|steel|leather|fabric`;
/** Parts of a product a material is stated for. */
const MATERIAL_PARTS = String.raw`front(?: panel)?|side(?: panel)?|top(?: panel)?|panels?|frame|shell|base|stand|cover|lid|trim|accents?|case|body|housing`;

/**
 * "with an oak front", "a walnut side panel": the material of one part, which pages state as the pair
 * ("Oak Front"); a material said alone would be met by any other part (an oak desk, a walnut stand).
 * The words saying so, the item, and the pair to search by.
 */
function partMaterial(clause: string): { said: string; item: ChecklistItem; searched: string[] } | undefined {
  const REAL = String.raw`(?:(?:real|solid|genuine|natural)\s+)?`;
  const before = new RegExp(String.raw`\b(?:with|has|have|having|and)\s+(?:an?\s+|the\s+|its\s+)?${REAL}(${MATERIALS})\s+(${MATERIAL_PARTS})\b`, 'i').exec(clause);
  // "with a front made of real wood", "a front in walnut": the part first, then its material (a spec list's
  // field too: "Case spec: ...; front panel in real oak");
  // "whose case is made of aluminium", "whose front has real wood in it": the same, said of the product's own part.
  const after = before ? undefined : new RegExp(String.raw`(?:(?:^|[;:,])\s*|\b(?:with|has|have|having|and|whose)\s+)(?:an?\s+|the\s+|its\s+)?(${MATERIAL_PARTS})\s+(?:(?:(?:is|are)\s+)?(?:made\s+(?:of|from|out\s+of)|in|of)|(?:has|have|features?|uses?)\s+(?:some\s+)?)\s*${REAL}(${MATERIALS})\b`, 'i').exec(clause);
  const m = before ?? after;
  if (!m) return undefined;
  // "front panel in oak" is an oak front, as titles put it ("Oak Front").
  const [material, part] = (before ? [m[1]!, m[2]!] : [m[2]!, m[1]!]).map((w, i) => (i === 1 ? w.replace(/^(front|side|top)\s+panel$/i, '$1') : w)) as [string, string];
  const pair = `${material.toLowerCase().replace(/en$/, '')} ${part.toLowerCase()}`;
  // Wood said plainly is met by any wood the page names ("Walnut Front").
  const woods = /^wood(?:en)?$/i.test(material) ? WOODS.map((w) => `${w} ${part.toLowerCase()}`) : [];
  // Titles name the wood ("Oak Front", "Walnut Front"), and shops search titles word by word: the woods fronts are made of are searched too.
  const searched = woods.length ? [pair, ...['oak', 'walnut'].map((w) => `${w} ${part.toLowerCase()}`)] : [pair];
  return { said: m[0], item: quality(`material-${pair.replace(/\s+/g, '-')}`, `${pair[0]!.toUpperCase()}${pair.slice(1)}`, pair, [...(pair.includes('-') ? [] : [pair.replace(' ', '-')]), ...woods]), searched };
}


/** Parts of a product that go by several names (general knowledge): a page may use any of them. */
const PART_NAMES: readonly (readonly string[])[] = [
  ['number pad', 'numpad', 'num pad', 'numeric keypad', 'numeric pad', 'number block'],
  ['cable', 'cord', 'lead'],
  ['wrist rest', 'palm rest'],
  ['faceplate', 'front plate', 'face plate'],
  ['microphone', 'mic', 'boom mic', 'boom microphone'],
];

/**
 * "whose number pad I can take off", "a cable you can remove": a part the shopper can take off is a
 * detachable (or removable) one, as pages write it. The words saying so, and the item.
 */
function detachablePart(clause: string): { said: string; item: ChecklistItem } | undefined {
  const m = /\b((?:[a-z]+\s)?[a-z]+)\s+(?:i|you|we|one)\s+can\s+(?:take off|take out|remove|detach|unclip|pull off|unplug)\b(?:\s+(?:to|for|when|if)\b.*)?/i.exec(clause)
    ?? /\b(?:can\s+)?(?:take off|remove|detach|unclip)\s+(?:the|its)\s+((?:[a-z]+\s)?[a-z]+)\b(?:\s+(?:to|for|when|if)\b.*)?/i.exec(clause)
    // "take the microphone off completely": the verb around the part.
    ?? /\b(?:take|pull|unclip|unplug)\s+(?:the|its)\s+((?:[a-z]+\s)?[a-z]+?)\s+(?:off|out)\b(?:\s+(?:completely|entirely|altogether))?/i.exec(clause);
  if (!m) return undefined;
  const part = m[1]!.toLowerCase();
  const names = PART_NAMES.find((n) => n.some((name) => part === name || part.endsWith(` ${name}`)))
    ?? [part.split(/\s+/).pop()!];
  const ways = ['detachable', 'removable'].flatMap((adj) => names.map((n) => `${adj} ${n}`));
  return { said: m[0], item: quality(`detachable-${names[0]!.replace(/\s+/g, '-')}`, `A ${names[0]} you can take off: detachable`, ways[0]!, ways.slice(1)) };
}

/** A clause with the phrases taken out: no doubled spaces, no joining word or comma left dangling. */
function tidy(clause: string): string {
  const spaced = clause.replace(/\s+/g, ' ').replace(/(?:\s*,)+\s*$/, '').replace(/\s+(?:and|or|but|even|still)\s*$/i, '').trim();
  // "that and still takes ...": the joining words of a phrase taken out.
  const joined = spaced.replace(/^(?:(?:that|which)\s+)?(?:(?:and|but|,)\s+)(?:still\s+|also\s+)?/i, (lead) => (/^(?:that|which)\b/i.test(lead) ? `${lead.split(/\s+/)[0]} ` : ''));
  // "that stays", "which is": a clause whose every requirement was taken out.
  return /^(?:(?:that|which|is|are|stays?|remains?|keeps?|runs?|works?|and|still)\s*)*$/i.test(joined) ? '' : joined.trim();
}
