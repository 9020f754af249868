/**
 * A small labelled set for `npm run bench:search`'s quality figures: stories
 * written for it, on topics the generated stories never touch, and for each
 * query the stories a reader would expect it to find. Spellings vary on
 * purpose (hamza, taa marbuta, alef maksura, tashkeel, tatweel, digits,
 * prefixes), as they do between writers and readers.
 */
export type LabelledStory = { key: string; headline: string; dek?: string; body: string; language: "ar" | "en" };

export const LABELLED_STORIES: LabelledStory[] = [
  {
    key: "quake",
    headline: "زلزال بقوة ٦٫٢ درجة يضرب جنوب تركيا",
    dek: "لا أنباء عن إصابات حتى الآن",
    body: "ضرب زلزالٌ بقوة 6.2 درجة على مقياس ريختر مناطقَ في جنوب تركيا فجر اليوم، وشعر به سكان المدن المجاورة. وقالت هيئة الكوارث إن فرق الإنقاذ انتشرت في القرى القريبة من مركز الهزة.",
    language: "ar",
  },
  {
    key: "quake-after",
    headline: "هزات ارتدادية تثير القلق بعد زلزال تركيا",
    body: "سجلت محطات الرصد أكثر من عشرين هزة ارتدادية خلال الليل، ودعت السلطات الأهالي إلى البقاء بعيدًا عن المباني المتصدعة حتى انتهاء أعمال الفحص.",
    language: "ar",
  },
  {
    key: "volcano",
    headline: "ثوران بركان في أيسلندا يوقف رحلات الطيران",
    body: "أدى ثوران البركان إلى سحابة رماد كثيفة فوق شمال الأطلسي، فألغت شركات الطيران عشرات الرحلات بين أوروبا وأمريكا الشمالية.",
    language: "ar",
  },
  {
    key: "nile",
    headline: "ارتفاع منسوب نهر النيل يغمر أراضي زراعية في السودان",
    dek: "المزارعون يطالبون بتعويضات",
    body: "غمرت مياه الفيضان آلاف الأفدنة على ضفتي النيل، وقالت وزارة الري إن منسوب النهر تجاوز المعدلات المسجلة منذ عقد.",
    language: "ar",
  },
  {
    key: "football",
    headline: "المنتخب يتأهل إلى نهائي كأس الأمم الأفريقية",
    body: "تأهل المنتخب إلى المباراة النهائية بعد فوزه بركلات الترجيح، واحتفلت الجماهير في الشوارع حتى ساعة متأخرة من الليل.",
    language: "ar",
  },
  {
    key: "football-coach",
    headline: "المدرب: «النهائي مباراة مختلفة ولا مكان للأخطاء»",
    body: "قال مدرب المنتخب في مؤتمر صحفي إن اللاعبين يستعدون للمباراة النهائية لكأس الأمم الأفريقية بتركيز كامل، وإن الإصابات لم تعد مصدر قلق.",
    language: "ar",
  },
  {
    key: "vaccine",
    headline: "إطلاق حملة تطعيم ضد شلل الأطفال في ٣ محافظات",
    body: "بدأت وزارة الصحة حملةَ تطعيمٍ تستهدف مليوني طفل دون سن الخامسة، وتستمر الحملة أسبوعًا كاملًا في المدارس والوحدات الصحية.",
    language: "ar",
  },
  {
    key: "hospital",
    headline: "افتتاح مستشفى جديد لعلاج الأورام في الإسكندرية",
    body: "افتُتح المستشفى بطاقة استيعابية تبلغ ثلاثمئة سرير، ويضم أحدث أجهزة العلاج الإشعاعي، على ما أعلنته إدارة المستشفى.",
    language: "ar",
  },
  {
    key: "metro",
    headline: "تشغيل المرحلة الثالثة من مترو الأنفاق الشهر المقبل",
    body: "أعلنت هيئة الأنفاق أن المرحلة الثالثة من المترو ستعمل بعد اكتمال اختبارات التشغيل، وستربط وسط المدينة بالمطار في أقل من ثلاثين دقيقة.",
    language: "ar",
  },
  {
    key: "wheat",
    headline: "مصر تستورد شحنة قمح جديدة من روسيا",
    body: "وصلت إلى ميناء الإسكندرية شحنة من القمح الروسي تبلغ ستين ألف طن، في إطار خطة لتأمين المخزون الاستراتيجي من السلع الأساسية.",
    language: "ar",
  },
  {
    key: "heatwave",
    headline: "موجة حارة تضرب المنطقة ودرجات الحرارة تتجاوز ٤٥ درجة",
    body: "حذرت هيئة الأرصاد من موجة حارة تستمر حتى نهاية الأسبوع، ودعت المواطنين إلى تجنب التعرض للشمس في ساعات الظهيرة.",
    language: "ar",
  },
  {
    key: "satellite",
    headline: "إطلاق قمر صناعي لرصد التغيرات المناخية",
    body: "انطلق القمر الصناعي من قاعدة بايكونور، وسيرصد درجات حرارة سطح البحر وذوبان الجليد، بالتعاون مع وكالة الفضاء الأوروبية ESA.",
    language: "ar",
  },
  {
    key: "en-quake",
    headline: "Earthquake of magnitude 6.2 strikes southern Turkey",
    body: "A strong earthquake shook southern Turkey before dawn. Rescue teams were sent to villages near the epicentre.",
    language: "en",
  },
  {
    key: "en-satellite",
    headline: "Climate satellite launched from Baikonur",
    body: "The satellite will measure sea surface temperatures and melting ice, in a programme run with the European Space Agency.",
    language: "en",
  },
];

/** Each query and the stories it should find (by key). */
export const LABELLED_QUERIES: [query: string, expected: string[]][] = [
  ["زلزال", ["quake", "quake-after"]],
  ["الزلزال", ["quake", "quake-after"]],
  ["زلزال تركيا", ["quake", "quake-after"]],
  ["هزة ارتدادية", ["quake-after"]],
  ["بركان ايسلندا", ["volcano"]],
  ["البراكين", ["volcano"]],
  ["فيضان النيل", ["nile"]],
  ["السودان", ["nile"]],
  ["كاس الامم الافريقيه", ["football", "football-coach"]],
  ["المنتخب النهائي", ["football", "football-coach"]],
  ["مدرب المنتخب", ["football-coach"]],
  ["تطعيم شلل الاطفال", ["vaccine"]],
  ["حمله تطعيم", ["vaccine"]],
  ["مستشفي الاورام", ["hospital"]],
  ["مترو الانفاق", ["metro"]],
  ["شحنه القمح", ["wheat"]],
  ["قمح روسيا -الإسكندرية", []],
  ["موجه حاره", ["heatwave"]],
  ["قمر صناعي", ["satellite"]],
  ['"قمر صناعي"', ["satellite"]],
  ["بايكونور", ["satellite"]],
  ["Baikonur", ["en-satellite"]],
  ["earthquake", ["en-quake"]],
  ["satellites", ["en-satellite"]],
  ["ESA", ["satellite"]],
  ["ريختر", ["quake"]],
];
