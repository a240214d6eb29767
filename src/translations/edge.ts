import { defineStrings } from './define'

/**
 * Refusals of the API's edge (body caps, JSON, the address) and of its guard hooks (forms, query
 * values and operators, sorts), for the developer who sent the request (keys start with `edge`).
 */
export const edgeStrings = defineStrings(
  {
    edgeAddressEscape:
      'The address has a malformed %-escape: encode each path segment with encodeURIComponent.',
    edgeBadValue:
      'A value in the request does not fit its field (text where a number, date or one of a list of values is expected, or a number out of range): correct the where, id, page or limit parameters.',
    edgeBodyTooLarge:
      'The request body is larger than {{size}} (API_MAX_JSON_BYTES): send less per request (e.g. split a bulk change into several) and upload files as multipart/form-data to media.',
    edgeFallbackLocale:
      '{{name}} {{value}} is not one of {{codes}} or none: use {{name}}=none to read without fallback, or a locale code.',
    edgeFormContentType:
      'The request\'s Content-Type "{{contentType}}" cannot be read as a form: send the file as a form (FormData) and let the client set the Content-Type header with its boundary.',
    edgeFormEnded:
      "No file was uploaded: the form's parts do not match the boundary in the Content-Type header, or the body ends before its closing boundary; send the file as a form (FormData) and let the client set the Content-Type header with its boundary.",
    edgeFormNoBoundary:
      'The request says multipart/form-data but has no boundary parameter: send the file as a form (FormData) and let the client set the Content-Type header with its boundary.',
    edgeFormPartHeader:
      'A part of the form has a malformed header (for instance a NUL or other control character in the file name): rename the file to a plain name (letters, digits, hyphens and one extension) and upload again.',
    edgeJsonInvalid:
      'The request body is not valid JSON: send a JSON object with content-type application/json.',
    edgeJsonTooDeep:
      'The JSON body is nested more than {{max}} levels deep: send a flatter document (content and queries need far fewer levels).',
    edgeKilobytes: '{{count}} KB',
    edgeLimitMax: '{{name}} is at most {{max}}: page through with page=2, 3…',
    edgeLimitNoPagination:
      'pagination=false would answer every document at once: ask for at most {{max}} a page (limit={{max}}) and page through with page=2, 3…',
    edgeLimitSize:
      '{{name}}={{value}} is not a page size: use a whole number from 1 to {{max}} and page through with page=2, 3…',
    edgeLimitZero:
      '{{name}}=0 would answer every document at once: use a number from 1 to {{max}} and page through with page=2, 3…',
    edgeLocaleRead:
      'locale {{value}} is not one of {{codes}} (or all for reads): use {{choices}} or locale=all.',
    edgeLocaleWrite:
      'locale {{value}} is not one of {{codes}}: a write changes one language, so use {{choices}}.',
    edgeMegabytes: '{{count}} MB',
    edgePageNumber: '{{name}}={{value}} is not a page number: use 1, 2, 3…',
    edgeSortJoinLocalized:
      '{{at}}: {{path}} is localized (one per language), which Payload cannot sort a join by: use a field that is not localized (createdAt, id), or query {{collection}} itself.',
    edgeSortNames: '{{name}} takes field names: {{name}}=-createdAt, or {{name}}=title,-createdAt.',
    edgeSortThroughLocalized:
      'Sort by a field of this collection: sorting through {{path}} is not allowed, because {{hop}} is localized (one per language).',
    edgeSortThroughUnreadable:
      'Sort by a field of this collection: sorting through {{path}} is not allowed, because you may not read every document of {{collection}}, and the order would show what is in the others.',
    edgeUnsupportedOperator:
      'An operator in the query does not apply to that field (e.g. near on text, greater_than inside a json field such as translationProgress): use equals, not_equals, like, in, exists… as the field type allows.',
    edgeWhereAndOr:
      '{{at}} must be a list of conditions: {{at}}[0][title][equals]=a&{{at}}[1][title][equals]=b.',
    edgeWhereContains:
      '{{at}}[contains] takes one value (or, on a has-many relationship, a where).',
    edgeWhereExists: '{{at}}[exists] takes true or false.',
    edgeWhereGeo: '{{at}}[{{operator}}] takes a point or a GeoJSON object.',
    edgeWhereLikeText: '{{at}}[like] takes text: {{at}}[like]=word.',
    edgeWhereList:
      '{{at}}[{{operator}}] takes a list of values: write {{at}}[{{operator}}][0]=a&{{at}}[{{operator}}][1]=b, or {{at}}[{{operator}}]=a,b.',
    edgeWhereLowercase:
      '{{at}}[{{operator}}]: {{operator}} is not an operator: write {{lower}} (operators are lowercase).',
    edgeWhereNoOperator:
      '{{at}} needs an operator: {{at}}[equals]=…, {{at}}[in][0]=…, {{at}}[like]=…',
    edgeWhereNotConditions: '{{at}} must hold conditions such as {{at}}[title][equals]=…',
    edgeWhereNotOperator:
      '{{at}}[{{operator}}]: {{operator}} is not an operator: use one of {{operators}}.',
    edgeWhereOneValue:
      '{{at}}[{{operator}}] takes one value, not a list or an object: for several values use {{at}}[in][0]=a&{{at}}[in][1]=b.',
    edgeWhereRichText:
      '{{at}}: {{path}} is rich text (Lexical JSON), which {{operator}} cannot search: search a text field such as title or summary, or ask whether it is filled with [exists]=true.',
    edgeWhereThroughLocalized:
      '{{at}}: {{path}} is localized (one per language), and filtering through it is not supported: filter on its id, {{name}}[equals]=12, after finding the id with /api/{{collection}}?where[…].',
    edgeXliffTooLarge:
      'The XLIFF file is larger than {{size}} (XLIFF_MAX_BYTES): send the file exported for this one document, or ask an administrator to raise XLIFF_MAX_BYTES.',
  },
  {
    edgeAddressEscape:
      "L'adresse contient un échappement % mal formé : encodez chaque segment du chemin avec encodeURIComponent.",
    edgeBadValue:
      "Une valeur de la requête ne convient pas à son champ (du texte là où un nombre, une date ou l'une des valeurs d'une liste est attendu, ou un nombre hors limites) : corrigez les paramètres where, id, page ou limit.",
    edgeBodyTooLarge:
      'Le corps de la requête dépasse {{size}} (API_MAX_JSON_BYTES) : envoyez moins à la fois (par exemple, découpez une modification groupée en plusieurs) et téléversez les fichiers dans media en multipart/form-data.',
    edgeFallbackLocale:
      "{{name}} {{value}} n'est ni l'une de {{codes}} ni none : utilisez {{name}}=none pour lire sans langue de repli, ou un code de langue.",
    edgeFormContentType:
      "Le Content-Type « {{contentType}} » de la requête ne peut pas être lu comme un formulaire : envoyez le fichier dans un formulaire (FormData) et laissez le client écrire l'en-tête Content-Type avec sa délimitation (boundary).",
    edgeFormEnded:
      "Aucun fichier n'a été téléversé : les parties du formulaire ne correspondent pas à la délimitation (boundary) de l'en-tête Content-Type, ou le corps s'arrête avant sa délimitation finale ; envoyez le fichier dans un formulaire (FormData) et laissez le client écrire l'en-tête Content-Type avec sa délimitation.",
    edgeFormNoBoundary:
      "La requête annonce multipart/form-data mais n'a pas de paramètre boundary : envoyez le fichier dans un formulaire (FormData) et laissez le client écrire l'en-tête Content-Type avec sa délimitation.",
    edgeFormPartHeader:
      "Une partie du formulaire a un en-tête mal formé (par exemple un caractère NUL ou un autre caractère de contrôle dans le nom du fichier) : donnez au fichier un nom simple (lettres, chiffres, traits d'union et une extension) et téléversez-le de nouveau.",
    edgeJsonInvalid:
      "Le corps de la requête n'est pas du JSON valide : envoyez un objet JSON avec le content-type application/json.",
    edgeJsonTooDeep:
      'Le corps JSON est imbriqué sur plus de {{max}} niveaux : envoyez un document moins profond (le contenu et les requêtes en demandent bien moins).',
    edgeKilobytes: '{{count}} Ko',
    edgeLimitMax: '{{name}} vaut au plus {{max}} : parcourez les pages avec page=2, 3…',
    edgeLimitNoPagination:
      'pagination=false renverrait tous les documents d’un coup : demandez-en au plus {{max}} par page (limit={{max}}) et parcourez les pages avec page=2, 3…',
    edgeLimitSize:
      "{{name}}={{value}} n'est pas une taille de page : utilisez un nombre entier de 1 à {{max}} et parcourez les pages avec page=2, 3…",
    edgeLimitZero:
      '{{name}}=0 renverrait tous les documents d’un coup : utilisez un nombre de 1 à {{max}} et parcourez les pages avec page=2, 3…',
    edgeLocaleRead:
      "locale {{value}} n'est pas l'une de {{codes}} (ni all pour une lecture) : utilisez {{choices}} ou locale=all.",
    edgeLocaleWrite:
      "locale {{value}} n'est pas l'une de {{codes}} : une écriture modifie une seule langue, utilisez donc {{choices}}.",
    edgeMegabytes: '{{count}} Mo',
    edgePageNumber: "{{name}}={{value}} n'est pas un numéro de page : utilisez 1, 2, 3…",
    edgeSortJoinLocalized:
      '{{at}} : {{path}} est localisé (une valeur par langue), et Payload ne sait pas trier une jointure par un tel champ : utilisez un champ non localisé (createdAt, id), ou interrogez directement {{collection}}.',
    edgeSortNames:
      '{{name}} prend des noms de champs : {{name}}=-createdAt, ou {{name}}=title,-createdAt.',
    edgeSortThroughLocalized:
      'Triez par un champ de cette collection : trier par {{path}} est refusé, car {{hop}} est localisé (une valeur par langue).',
    edgeSortThroughUnreadable:
      "Triez par un champ de cette collection : trier par {{path}} est refusé, car vous ne pouvez pas lire tous les documents de {{collection}}, et l'ordre révélerait le contenu des autres.",
    edgeUnsupportedOperator:
      "Un opérateur de la requête ne s'applique pas à ce champ (par exemple near sur du texte, greater_than dans un champ json comme translationProgress) : utilisez equals, not_equals, like, in, exists… selon ce que permet le type du champ.",
    edgeWhereAndOr:
      '{{at}} doit être une liste de conditions : {{at}}[0][title][equals]=a&{{at}}[1][title][equals]=b.',
    edgeWhereContains:
      '{{at}}[contains] prend une seule valeur (ou, sur une relation multiple, un where).',
    edgeWhereExists: '{{at}}[exists] prend true ou false.',
    edgeWhereGeo: '{{at}}[{{operator}}] prend un point ou un objet GeoJSON.',
    edgeWhereLikeText: '{{at}}[like] prend du texte : {{at}}[like]=mot.',
    edgeWhereList:
      '{{at}}[{{operator}}] prend une liste de valeurs : écrivez {{at}}[{{operator}}][0]=a&{{at}}[{{operator}}][1]=b, ou {{at}}[{{operator}}]=a,b.',
    edgeWhereLowercase:
      "{{at}}[{{operator}}] : {{operator}} n'est pas un opérateur : écrivez {{lower}} (les opérateurs s'écrivent en minuscules).",
    edgeWhereNoOperator:
      '{{at}} demande un opérateur : {{at}}[equals]=…, {{at}}[in][0]=…, {{at}}[like]=…',
    edgeWhereNotConditions: '{{at}} doit contenir des conditions comme {{at}}[title][equals]=…',
    edgeWhereNotOperator:
      "{{at}}[{{operator}}] : {{operator}} n'est pas un opérateur : utilisez l'un de {{operators}}.",
    edgeWhereOneValue:
      '{{at}}[{{operator}}] prend une seule valeur, pas une liste ni un objet : pour plusieurs valeurs, utilisez {{at}}[in][0]=a&{{at}}[in][1]=b.',
    edgeWhereRichText:
      "{{at}} : {{path}} est du texte riche (JSON Lexical), que {{operator}} ne sait pas chercher : cherchez dans un champ texte comme title ou summary, ou demandez s'il est rempli avec [exists]=true.",
    edgeWhereThroughLocalized:
      "{{at}} : {{path}} est localisé (une valeur par langue), et filtrer à travers ce champ n'est pas pris en charge : filtrez sur son id, {{name}}[equals]=12, après avoir trouvé l'id avec /api/{{collection}}?where[…].",
    edgeXliffTooLarge:
      "Le fichier XLIFF dépasse {{size}} (XLIFF_MAX_BYTES) : envoyez le fichier exporté pour ce seul document, ou demandez à un administrateur d'augmenter XLIFF_MAX_BYTES.",
  },
)
