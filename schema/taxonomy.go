package schema

// Concept is one crime type of the taxonomy. Slugs are a contract: IRIs,
// exports and gold files name crime types by them.
type Concept struct {
	Slug  string
	Label string
	// Synonyms are the phrases that name the concept in text, lowercase, in
	// their singular American spelling; the extractor folds plurals, British
	// spellings and hyphens before it matches them.
	Synonyms []string
	// Actors are phrases naming the groups that commit the crime ("crime
	// groups", "terrorist networks"). They are synonyms too, and they are what
	// an anaphor such as "these networks" can refer back to.
	Actors []string
	// Broader are the slugs of the concepts this one narrows (skos:broader).
	Broader []string
	// Note is a scope note: what the concept covers and its sources.
	Note string
}

// Taxonomy is the crime-type concept scheme: the twenty top-level slugs of the
// design, then narrower concepts.
var Taxonomy = []Concept{
	{Slug: "organized-crime", Label: "organized crime",
		Synonyms: []string{"organized crime", "transnational organized crime", "serious and organized crime", "transnational crime", "mafia", "mob", "racketeering", "'ndrangheta", "ndrangheta", "camorra", "cosa nostra", "yakuza", "triad", "criminal activity", "organized criminal activity"},
		Actors: []string{"crime group", "criminal group", "organized group", "organized network", "transnational network", "organized crime group", "organized criminal group", "organized criminal network", "organized crime network", "criminal network", "crime network", "criminal organization", "crime organization", "criminal gang", "gang", "cartel", "drug cartel", "crime syndicate", "criminal syndicate", "syndicate", "bandit", "bandit group", "pirate", "piracy", "pirate group", "outlaw motorcycle gang", "motorcycle gang", "biker gang", "criminal proxy", "criminal proxies", "criminal enterprise", "mafia group", "mafia-type group", "crime boss", "kingpin", "outlaw motorcycle club", "criminal actor", "criminal", "organized criminal", "gangster", "mobster", "transnational criminal organization", "criminal clan", "crime family", "clan", "mafia clan",
			"clan del golfo", "gulf clan", "criminal faction", "drug faction", "tren de aragua", "ms-13", "mara salvatrucha", "barrio 18", "los zetas", "cjng", "los choneros", "los lobos", "los monos", "la familia michoacana", "familia michoacana", "comando vermelho", "primeiro comando da capital", "first capital command", "hells angels", "black axe", "14k", "sun yee on", "wo shing wo", "bamboo union", "yamaguchi-gumi", "kinahan", "maras", "pandilla", "pandillas"},
		Note: "(transnational) organized crime, crime groups, criminal networks and organizations, gangs, cartels, mafia (UNTOC; Global Organized Crime Index)"},
	{Slug: "terrorism", Label: "terrorism",
		Synonyms: []string{"terrorism", "terror", "terrorist attack", "terror attack", "international terrorism", "terrorist activity", "jihadism"},
		Actors:   []string{"terrorist", "terrorist group", "terrorist organization", "terror group", "insurgent", "insurgent group", "insurgency", "dissident republican", "dissident republican group", "loyalist paramilitary", "republican paramilitary", "loyalist paramilitary group", "islamist group", "armed islamist group", "islamist militant", "islamist armed group", "terrorist network", "terror network", "terrorist cell", "jihadist", "jihadist group", "isil", "isis", "islamic state", "da'esh", "al-qaida", "al-qaeda", "al-shabaab", "boko haram", "hamas", "hezbollah", "hizballah", "hizbullah", "hizbollah", "jnim", "jama'at nusrat al-islam wal-muslimin", "aqim", "al-qaeda in the islamic maghreb", "al-qaida in the islamic maghreb", "aqap", "al-qaeda in the arabian peninsula", "iswap", "islamic state west africa province", "islamic state sahel province", "islamic state in the greater sahara", "isgs", "is-sahel", "isis-k", "iskp", "islamic state khorasan province", "al-nusra front", "hayat tahrir al-sham", "lashkar-e-taiba", "jaish-e-mohammed", "abu sayyaf", "tehrik-i-taliban pakistan", "shining path", "ansar al-sharia", "ansarul islam", "ansaroul islam", "adf", "allied democratic forces", "provisional ira", "real ira", "new ira", "pkk", "kurdistan workers' party", "ltte", "tamil tigers"},
		Note:     "terrorism and terrorist groups (UN Security Council resolutions 2195, 2482)"},
	{Slug: "violent-extremism", Label: "violent extremism",
		Synonyms: []string{"violent extremism", "extremism", "extremist content", "extremist material", "extremist propaganda", "radicalization", "online radicalization", "violent extremist content", "hate propaganda"},
		Actors:   []string{"extremist", "violent extremist", "extremist group", "extremist network"},
		Note:     "extremism, extremist content and material, radicalization"},
	{Slug: "cybercrime", Label: "cybercrime",
		Synonyms: []string{"cybercrime", "cyber crime", "hacked", "cyberattack", "cyber attack", "ransomware", "ransomware attack", "hacking", "malware", "phishing", "botnet", "cyber extortion", "computer crime", "cyber-enabled crime", "online crime", "cyber threat", "cyber intrusion", "data theft", "cyber tool", "hacking tool", "spyware", "cyber weapon", "hacking service", "cyber-dependent crime", "cyber dependent crime", "cyber-crime", "cyber theft", "cyber-theft", "crypto theft", "cryptocurrency theft", "crypto heist", "cyber heist", "crypto hack", "exchange hack", "stolen data", "stolen personal data"},
		Actors:   []string{"cybercriminal", "hacker", "ransomware gang", "ransomware group", "cybercriminal group", "cybercriminal network", "hacking group", "threat actor", "threat group", "ransomware affiliate", "ransomware operator", "initial access broker", "access broker"},
		Note:     "cybercrime, cyberattacks, ransomware, hacking, malware"},
	{Slug: "drug-trafficking", Label: "drug trafficking",
		Synonyms: []string{"drug trafficking", "drug trade", "drug smuggling", "drug production", "drug market", "narcotics trafficking", "narcotic trafficking", "narcotic", "drug", "illicit drug", "illegal drug", "synthetic drug", "fentanyl", "opioid", "synthetic opioid", "precursor chemical", "cocaine", "heroin", "methamphetamine", "captagon", "drug flow", "illicit drug trade", "trafficking in drug", "trafficking of drug", "drug production and trafficking", "narco-trafficking", "narcotrafficking", "cannabis", "marijuana", "hashish", "cannabis cultivation", "cannabis farm", "cannabis factory", "drug dealing", "county lines", "drug distribution", "drug sale", "drug lab", "drug laboratory", "ecstasy", "mdma", "ketamine", "nitazene", "coca cultivation", "coca crop", "coca", "coca leaf", "coca field", "opium poppy", "opium", "crystal meth", "drug shipment", "narco", "dealing point", "dealing spot", "drug den", "crack house", "open-air drug market", "drug supply", "drug supplying", "tramadol", "cannabis resin"},
		Actors:   []string{"drug trafficker", "drug trafficking organization", "drug trafficking group", "drug trafficking network", "drug smuggler", "narco-smuggler", "narco-trafficker", "drug lord", "narco", "drug gang", "drug network", "narcotrafficker", "drug dealer", "drug runner", "coca grower", "coca farmer", "poppy farmer", "poppy grower", "opium farmer"},
		Note:     "drug trade and trafficking, narcotics, fentanyl, opioids, synthetic drugs, precursor chemicals, cocaine"},
	{Slug: "migrant-smuggling", Label: "migrant smuggling",
		Synonyms: []string{"migrant smuggling", "people smuggling", "sell passage", "sells passage", "sold passage", "selling passage", "human smuggling", "smuggling of migrant", "smuggling of people", "smuggling", "facilitation of irregular migration", "irregular migration", "illegal migration", "illegal immigration", "illegal border crossing"},
		Actors:   []string{"smuggler", "migrant smuggler", "people smuggler", "human smuggler", "smuggling network", "smuggling ring", "smuggling gang", "smuggling group", "people-smuggling network", "migrant smuggling network", "human smuggling network"},
		Note:     "migrant, people and human smuggling; facilitation of irregular migration (UNTOC Smuggling of Migrants Protocol)"},
	{Slug: "human-trafficking", Label: "human trafficking",
		Synonyms: []string{"false promise of job", "false promise of work", "false promise of employment", "false job offer", "bogus job offer", "human trafficking", "trafficking in person", "trafficking in human being", "trafficking of person", "trafficking of human being", "people trafficking", "trafficking in people", "trafficking of people", "trafficking of women", "trafficking in women", "trafficking of women and children", "sex trafficking", "labor trafficking", "exploitation of migrant", "exploitation of worker", "forced labor", "sexual exploitation", "labor exploitation", "modern slavery", "enslaved", "enslavement", "enslaving", "slavery", "slave trade", "slave labor", "slave labour", "slave", "slaves", "free labour", "free labor", "unpaid labour", "unpaid labor", "forced prostitution", "debt bondage", "with a view to exploitation", "with a view to their exploitation", "work off a debt", "work off the debt", "work off their debt", "work off his debt", "work off her debt", "work off their debts", "smuggling debt", "organ trafficking", "child trafficking", "trafficking of children", "trafficking in children", "trafficking", "exploitation", "prostitution ring", "prostitution operation", "prostitution network", "prostitution racket", "prostitution business", "brothel network", "pimping", "sexually exploited", "sexually exploit", "sexually exploiting", "forced into prostitution", "sexual servitude", "forced begging", "forced criminality", "forced to work", "forced to beg", "forced to work without pay", "domestic servitude", "servitude", "human smuggling and trafficking", "withheld wage", "withhold wage", "withholding wage", "withholding of wage", "wage withholding", "debt slavery", "bonded labour", "bonded labor"},
		Actors:   []string{"human trafficker", "trafficker", "trafficking network", "trafficking ring", "human trafficking network", "trafficking gang", "trafficking group"},
		Note:     "trafficking in persons, exploitation of migrants, forced labour, sexual exploitation (Palermo Protocol)"},
	{Slug: "money-laundering", Label: "money laundering",
		Synonyms: []string{"suspicious activity", "suspicious activity report", "suspicious transaction", "to avoid reporting", "smurfing", "money laundering", "laundering", "money-laundering", "launder money", "laundering of proceed", "illicit finance", "illicit financial flow", "illicit fund", "illicit money", "criminal finance", "criminal proceed", "proceed of crime", "dirty money", "illicit profit", "underground banking", "underground bank", "clandestine banking", "illegal banking", "unlicensed banking", "trade-based money laundering", "mixing service", "crypto mixer", "cryptocurrency mixer", "bitcoin mixer", "coin mixer", "mixer", "laundromat", "mule account", "money mule account", "under-invoicing", "over-invoicing", "mis-invoicing", "misinvoicing", "under-invoiced", "over-invoiced", "bulk cash smuggling", "cash smuggling", "smuggled cash", "smuggling cash", "smuggle cash", "bulk cash", "smurfing", "avoid reporting threshold", "avoid the reporting threshold", "below the reporting threshold", "structuring deposit"},
		Actors:   []string{"money launderer", "launderer", "money mule", "laundering network", "money laundering network", "professional money launderer", "money broker", "underground banker", "chinese money laundering organization", "controller network", "mule network", "money mule network", "mule herder", "money mule herder", "cash courier"},
		Note:     "money laundering, illicit finance, criminal finances (FATF)"},
	{Slug: "child-sexual-exploitation", Label: "child sexual exploitation",
		Synonyms: []string{"child exploitation", "child sexual exploitation", "child sexual abuse", "child sexual abuse material", "child abuse material", "child exploitation material", "online child sexual exploitation", "online child sexual abuse", "child pornography", "csam", "sexual exploitation of children", "sexual abuse of children", "sexual exploitation of child", "sexual abuse of child", "grooming", "sextortion", "sexually exploited child", "sexually abused child", "online sexual abuse", "online sexual exploitation"},
		Actors:   []string{"child sex offender", "online predator"},
		Note:     "child sexual exploitation and abuse, child sexual abuse material"},
	{Slug: "transnational-repression", Label: "transnational repression",
		Synonyms: []string{"transnational repression", "foreign interference", "intimidate diaspora community", "intimidate diaspora", "intimidation of diaspora", "intimidating diaspora", "harass diaspora", "harassment of diaspora", "harassing diaspora", "targeting of diaspora", "target diaspora", "persecute critics abroad", "persecuting critics abroad", "persecution of critics abroad", "target dissidents abroad", "targeting dissidents abroad", "targeting of dissidents abroad", "harass dissidents abroad", "harassing dissidents abroad", "harassment of dissidents abroad", "intimidate dissidents abroad", "intimidating dissidents abroad", "silence critics abroad", "silencing critics abroad", "attacks on dissidents abroad", "persecute dissidents abroad", "persecuting dissidents abroad", "state threats", "state threat", "hostile state activity", "intimidate exiled", "intimidating exiled", "intimidation of exiled", "harass exiled", "harassing exiled", "harassment of exiled", "target exiled", "targeting exiled", "targeting of exiled"},
		Note:     "authoritarian states intimidating diaspora communities; foreign interference"},
	{Slug: "corruption", Label: "corruption",
		Synonyms: []string{"corruption", "buy their way", "bought their way", "buying their way", "buys its way", "bought its way", "bribery", "bribe", "kickback", "embezzlement", "graft", "corrupt official", "corrupt practice", "abuse of office", "public corruption", "corrupted", "corrupting", "bribed", "bribing", "embezzle", "embezzled", "embezzling", "embezzles", "misappropriation of public fund", "misappropriated public fund", "misappropriate public fund", "diversion of public fund", "divert public fund", "diverted public fund", "diverting public fund"},
		Actors:   []string{"corrupt official", "corrupt officer"},
		Note:     "corruption, bribery, embezzlement (UNCAC)"},
	{Slug: "arms-trafficking", Label: "arms trafficking",
		Synonyms: []string{"arms trafficking", "firearms trafficking", "firearm trafficking", "weapons trafficking", "weapon trafficking", "gun trafficking", "gun running", "gun-running", "arms smuggling", "weapons smuggling", "weapon smuggling", "firearms smuggling", "firearm smuggling", "gun smuggling", "illicit arms", "illicit firearm", "illicit weapon", "illegal firearm", "illegal weapon", "illegal arms", "trafficking in firearm", "trafficking of firearm", "trafficking in arms", "trafficking of arms", "trafficking in weapon", "trafficking of weapon", "illicit arms trade", "small arms trafficking", "arms trade", "firearms offence", "firearm offence", "weapons offence", "firearms offense", "weapons offense", "gunrunning"},
		Actors:   []string{"arms trafficker", "gun runner", "gunrunner", "arms dealer", "weapons trafficker", "firearms trafficker"},
		Note:     "firearms, arms and weapons trafficking or smuggling (UNTOC Firearms Protocol)"},
	{Slug: "fraud", Label: "fraud",
		Synonyms: []string{"fake cryptocurrency", "fake crypto", "impersonated", "impersonating", "ponzi", "ponzi-style scheme", "cloned card", "cloned bank card", "card cloning", "card skimming", "falsified account", "falsified the account", "falsified record", "falsified the record", "falsified the books", "cooked the books", "financial exploitation", "fake charity", "sham charity", "bogus charity", "inflated invoice", "inflated the invoice", "inflated inventory", "inflated the inventory", "fake invoice", "false invoice", "padded invoice", "fraud", "scam", "scamming", "online fraud", "investment fraud", "romance scam", "financial fraud", "identity theft", "scam centre", "scam center", "scam compound", "telecom fraud", "online scam", "cyber fraud", "cyber-enabled fraud", "tax fraud", "tax evasion", "evade taxes", "evading taxes", "evaded taxes", "evade tax", "evade customs duties", "evading customs duties", "customs duty evasion", "vat fraud", "card fraud", "credit card fraud", "stolen credit card data", "stolen card data", "stolen credit card", "carding", "vat evasion", "evade vat", "evading vat", "evaded vat", "vat carousel", "carousel fraud", "missing trader fraud", "customs fraud", "benefit fraud", "defraud", "defrauded", "defrauding", "defrauds", "forgery", "document forgery", "document fraud", "counterfeit document", "forged document", "forged passport", "falsification of document", "document falsification", "falsified document", "fake passport", "fake document", "fake identity", "pig butchering", "business email compromise", "ponzi scheme", "pyramid scheme", "bid rigging", "rigging tenders", "rigged tenders", "rigging of tenders", "tender rigging", "procurement fraud", "stolen identity", "false identity", "identity fraud", "tricked into sending money", "tricked into paying", "tricked into transferring", "cheated out of", "swindle", "swindled", "swindling", "fake investment", "bogus investment", "fraudulent investment", "fake trading platform", "fake online shop", "fake online store"},
		Actors:   []string{"fraudster", "scammer", "scam network", "fraud network", "fraud ring", "swindler", "con artist"},
		Note:     "fraud and scams"},
	{Slug: "environmental-crime", Label: "environmental crime",
		Synonyms: []string{"illegal gold", "illegal bullion", "dirty gold", "banned net", "illegal net", "banned fishing gear", "illegal fishing gear", "dynamite fishing", "blast fishing", "illegal ranch", "illegal cattle ranch", "illegal deforestation", "illegal land clearing", "illegal clearing", "illegal mine", "illegal gold mine", "illegal mining site", "illegal mining camp", "illegal mining operation", "no right to fish", "no licence to fish", "no license to fish", "no permit to fish", "pirate fishing", "pirate trawler", "environmental crime", "wildlife trafficking", "wildlife crime", "illegal wildlife trade", "illegal logging", "illegal mining", "illegal gold mining", "illegal gold", "illegal exploitation of natural resources", "illicit exploitation of natural resources", "illegal exploitation of mineral", "illicit trade in natural resources", "trafficking in natural resources", "natural resource trafficking", "illegal extraction of natural resources", "illegal artisanal mining", "waste trafficking", "illegal fishing", "fish illegally", "fishing illegally", "fished illegally", "illegal, unreported and unregulated fishing", "poaching", "timber trafficking", "trafficking in wildlife", "trafficking of wildlife", "illegal deforestation", "forest crime", "crimes that affect the environment", "illicit charcoal trade", "illegal charcoal trade", "charcoal smuggling", "illegal charcoal", "illicit charcoal", "illegal logging and mining", "illegal waste disposal", "illegal dumping", "waste dumping", "toxic waste", "industrial waste", "toxic industrial waste", "hazardous waste", "illegal waste", "waste crime", "pollution crime", "illegal sand mining", "illegal catch", "illegal fish", "poach", "poaches", "illegal catches", "IUU fishing", "illegally caught fish", "wildlife smuggling", "ivory trafficking", "rhino horn trafficking", "timber smuggling", "illegal timber", "illegally logged", "illegally felled", "illegal timber trade", "shark finning", "dynamite fishing", "blast fishing", "iuu fishing", "illegal waste shipment", "illegal waste export", "illegal waste trade", "waste smuggling", "galamsey", "wildcat mining", "dynamite fishing", "blast fishing", "bushmeat trade", "bushmeat trafficking"},
		Actors:   []string{"poacher", "wildlife trafficker", "illegal miner", "illegal gold miner", "illegal logger", "illegal fisher", "garimpeiro", "wildcat miner", "galamsey operator"},
		Note:     "wildlife trafficking, illegal logging, illegal mining, waste trafficking"},
	{Slug: "terrorist-financing", Label: "terrorist financing",
		Synonyms: []string{"terrorist financing", "terrorism financing", "financing of terrorism", "terror financing", "terror finance", "terrorist finance", "funding of terrorism", "terrorist funding", "financing of terrorist", "material support to terrorist", "material support for terrorism"},
		Actors:   []string{"terrorist financier", "terror financier", "financier of terrorism"},
		Broader:  []string{"terrorism", "money-laundering"},
		Note:     "financing of terrorism, material support (UNSCR 2462)"},
	{Slug: "kidnapping", Label: "kidnapping",
		Synonyms: []string{"kidnapping", "kidnap", "ransom money", "ransom payment", "ransom proceed", "abductions for ransom", "abduction for ransom", "kidnapping for ransom", "kidnap for ransom", "hostage-taking", "hostage taking", "abduction", "abducting", "abducted", "held hostage", "taken hostage", "ransom paid", "ransom"},
		Actors:   []string{"kidnapper", "kidnapping gang", "kidnapping ring"},
		Note:     "kidnapping for ransom, hostage-taking"},
	{Slug: "extortion", Label: "extortion",
		Synonyms: []string{"protection money", "protection payments", "protection fees", "extortion", "extort", "extorts", "extorted", "extorting", "protection racket", "racket", "extortion racket", "protection money", "illegal taxation", "illicit taxation", "extortion payment", "protection fee", "illegal tax", "illegal levy", "illegal checkpoint", "war tax", "extortion fee", "vacuna", "pizzo", "cobro de piso", "loan sharking", "loan-sharking", "loansharking", "loan shark", "usury", "gota a gota"},
		Actors:   []string{"extortionist", "extortion ring", "extortion network"},
		Note:     "extortion and protection rackets"},
	{Slug: "cultural-property-trafficking", Label: "trafficking in cultural property",
		Synonyms: []string{"trafficking in cultural property", "trafficking of cultural property", "cultural property trafficking", "trafficking in cultural good", "trafficking of cultural good", "antiquities trafficking", "trafficking in antiquity", "trafficking of antiquity", "looted antiquity", "looting of antiquity", "illicit trade in antiquity", "illicit antiquities trade", "looting of cultural heritage", "looted artefact", "looted artifact", "looted object", "looted relic", "looted cultural", "stolen artefact", "stolen antiquity"},
		Actors:   []string{"antiquities trafficker"},
		Note:     "trafficking in cultural property and antiquities (UNSCR 2347)"},
	{Slug: "counterfeiting", Label: "counterfeiting",
		Synonyms: []string{"counterfeiting", "counterfeit", "counterfeit good", "counterfeit medicine", "counterfeit currency", "falsified medicine", "falsified medical product", "fake medicine", "illicit trade in excise good", "cigarette smuggling", "tobacco smuggling", "illicit tobacco", "illicit cigarette", "illegal tobacco", "illegal cigarette", "contraband cigarette", "contraband tobacco", "contraband", "fuel smuggling", "fuel laundering", "diesel laundering", "laundered fuel", "laundered diesel", "illicit trade", "adulterated fuel", "smuggled cigarettes", "illicit cigarettes", "fuel theft", "oil theft", "stolen fuel", "stolen oil", "oil bunkering", "illegal bunkering", "illegal refining"},
		Actors:   []string{"counterfeiter", "fuel thief", "fuel thieves", "oil thief", "oil thieves"},
		Note:     "counterfeit goods, illicit trade in excise goods"},
	{Slug: "sanctions-evasion", Label: "sanctions evasion",
		Synonyms: []string{"sanctions evasion", "sanction evasion", "evasion of sanction", "evade sanction", "evading sanction", "sanctions-busting", "sanctions busting", "circumvention of sanction", "circumventing sanction", "circumvent sanction", "sanctions violation", "violation of sanction", "violating sanction", "breach of sanction", "breaching sanction", "violation of un sanction", "violation of international sanction", "violation of us sanction", "violation of u.s. sanction", "breach of un sanction", "violating un sanction", "evaded sanction", "evades sanction", "evaded western sanction", "evade western sanction"},
		Actors:   []string{"shadow fleet", "dark fleet", "ghost fleet", "sanctions evader", "sanctions-busting network"},
		Note:     "sanctions evasion and its facilitators"},

	// Narrower concepts: specific markets and forms, each under its top-level type.
	{Slug: "fentanyl", Label: "fentanyl", Synonyms: []string{"fentanyl", "fentanyl flow", "fentanyl trafficking", "illicit fentanyl"}, Broader: []string{"drug-trafficking"}, Note: "fentanyl and its analogues"},
	{Slug: "synthetic-drugs", Label: "synthetic drugs", Synonyms: []string{"synthetic drug", "synthetic opioid", "methamphetamine", "captagon", "precursor chemical"}, Broader: []string{"drug-trafficking"}, Note: "synthetic drugs and their precursors"},
	{Slug: "cocaine", Label: "cocaine", Synonyms: []string{"cocaine", "cocaine trafficking", "cocaine trade", "coca paste", "cocaine base", "coca base", "cocaine paste", "crack cocaine"}, Broader: []string{"drug-trafficking"}, Note: "cocaine trafficking"},
	{Slug: "opioids", Label: "opioids", Synonyms: []string{"opioid", "heroin"}, Broader: []string{"drug-trafficking"}, Note: "opioids other than fentanyl"},
	{Slug: "ransomware", Label: "ransomware", Synonyms: []string{"ransomware", "ransomware attack"}, Actors: []string{"ransomware gang", "ransomware group"}, Broader: []string{"cybercrime"}, Note: "ransomware attacks and extortion"},
}

// TopLevel is the number of top-level concepts at the start of Taxonomy.
const TopLevel = 20

// ConceptBySlug returns the concept with the slug.
func ConceptBySlug(slug string) (Concept, bool) {
	for _, c := range Taxonomy {
		if c.Slug == slug {
			return c, true
		}
	}
	return Concept{}, false
}

// Root returns the top-level slug a concept belongs to: the slug itself for
// the twenty top-level concepts, else the first broader concept's root.
// Any other string is its own root.
func Root(slug string) string {
	if r, ok := roots[slug]; ok {
		return r
	}
	return slug
}

// roots holds Root of every concept of the taxonomy, which the extractor
// asks for thousands of times a document.
var roots = func() map[string]string {
	m := make(map[string]string, len(Taxonomy))
	for _, c := range Taxonomy {
		m[c.Slug] = rootOf(c.Slug)
	}
	return m
}()

func rootOf(slug string) string {
	for i := 0; i < 8; i++ {
		idx := -1
		for j, c := range Taxonomy {
			if c.Slug == slug {
				idx = j
				break
			}
		}
		if idx < 0 || idx < TopLevel || len(Taxonomy[idx].Broader) == 0 {
			return slug
		}
		slug = Taxonomy[idx].Broader[0]
	}
	return slug
}
