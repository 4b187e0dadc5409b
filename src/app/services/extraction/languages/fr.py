"""French words of the grammar."""

from __future__ import annotations

from app.services.extraction.languages.table import NOT, L, Words

#: no partner named right after a total ("le commerce extérieur du Maroc avec la Chine")
_NO_PARTNER = r"(?!(?:\s+[^\W\d_]+){0,2}\s+(?:avec|entre)\s+(?!le\s+monde|l['’]ensemble|tous))"

WORDS = Words(
    code="fr",
    decimal_comma=True,
    magnitudes=(("milliard", 1e9), ("million", 1e6)),
    whole_magnitudes=(("Mds", 1e9), ("Mrd", 1e9)),
    local_magnitudes=(("mille", 1e3),),
    number_words={
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "vingt": 20,
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
        "cent": 100,
        "demi": 0.5,
    },
    currencies={
        "EUR": (r"euros?" + NOT, r"€"),
        "USD": (r"dollars?(?:\s+américains)?" + NOT,),
        "MAD": (r"dirhams?" + NOT, r"DH" + NOT, r"MAD" + NOT),
        "CNY": (r"yuans?" + NOT,),
    },
    percent=(r"pour\s?cent" + NOT,),
    times=(r"fois" + NOT,),
    persons=(
        r"touristes?",
        r"visiteurs?",
        r"personnes?",
        r"voyageurs?",
        r"passagers?",
        r"arrivées",
        r"étudiants?",
        r"ressortissants?",
        r"nuitées",
        r"arrivants",
        r"migrants",
        r"travailleurs",
        r"pèlerins",
        r"croisiéristes",
        # the people of a country are written with a capital ("deux millions de Chinois",
        # "le nombre de Chinois accueillis"); the adjective is not ("touristes chinois")
        r"(?-i:Chinois|Français|Marocain|Tunisien|Algérien|Russe|Allemand|Britannique"
        r"|Américain|Européen|Africain|Espagnol|Italien|Belge|Suisse|Canadien|Japonais"
        r"|Coréen|Indien|Turc|Sénégalais|Ivoirien)(?-i:e?s)" + NOT,
    ),
    counts=(
        r"entreprises?",
        r"sociétés?",
        r"projets?",
        r"filiales?",
        r"vols?" + NOT,
        r"usines?",
        r"véhicules",
        r"voitures",
        r"camions",
        r"trains?" + NOT,
        r"conteneurs",
        r"contrats",
    ),
    number_of=(r"nombre",),
    measures=(
        (r"tonnes?" + NOT, "t", 1.0),
        (r"hectares?" + NOT, "ha", 1.0),
        (r"mètres?\s+cubes?", "m3", 1.0),
        (r"mégawatts?", "MW", 1.0),
    ),
    month_stems=(
        ("janv", 1),
        ("févr", 2),
        ("fevr", 2),
        ("mars", 3),
        ("avr", 4),
        ("mai", 5),
        ("juin", 6),
        ("juil", 7),
        ("août", 8),
        ("sep", 9),
        ("oct", 10),
        ("nov", 11),
        ("déc", 12),
    ),
    month_words=(
        r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
        r"|décembre)" + NOT,
    ),
    this_year=(r"cette\s+année", r"l['’]année\s+en\s+cours", r"l['’]an(?:née)?\s+courant"),
    last_year=(
        r"l['’]année\s+dernière",
        r"l['’]an\s+dernier",
        r"l['’]année\s+précédente",
        r"l['’]an\s+passé",
        r"l['’]année\s+passée",
        r"l['’]année\s+d['’]avant",
        r"l['’]année\s+antérieure",
        r"l['’]an\s+d['’]avant",
    ),
    ordinals={
        "premi": 1,
        "1er": 1,
        "deuxième": 2,
        "second": 2,
        "2e": 2,
        "2ème": 2,
        "troisième": 3,
        "3e": 3,
        "3ème": 3,
        "quatrième": 4,
        "4e": 4,
        "4ème": 4,
    },
    month_nouns=(r"mois",),
    quarter_nouns=(r"trimestres?",),
    half_nouns=(r"semestres?",),
    fiscal_words=(r"exercice",),
    compared_before=(
        r"contre",
        r"par\s+rapport\s+à",
        r"comparé\s+à",
        r"comparativement\s+à",
        r"en\s+comparaison\s+(?:avec|de)",
    ),
    compared_after=(
        r"(?:sur|pour)\s+la\s+même\s+période",
        r"un\s+an\s+plus\s+tôt",
        r"un\s+an\s+auparavant",
        r"l['’]année\s+précédente",
        r"l['’]an\s+dernier",
        r"l['’]année\s+dernière",
        # "de 240 % en comparaison avec l'année d'avant", "+12 % par rapport à 2022"
        r"comparaison\s+(?:avec|à)",
        r"rapport\s+à",
    ),
    targets=(
        r"objectif" + L,
        r"vis(?:e|ent|ant)\s+à",
        r"ambition" + L,
        r"cible" + L,
        r"aspir" + L + r"\s+à",
        r"s['’](?:est|sont)\s+fixé" + L,
        # "veut porter les échanges à", "espèrent atteindre", "comptent doubler"
        r"(?:veu[tl]"
        + L
        + r"|souhait"
        + L
        + r"|esp[èé]r"
        + L
        + r"|compt"
        + L
        + r"|entend"
        + L
        + r"|s['’]engag"
        + L
        + r"\s+à)\s+(?:porter|atteindre|attirer|doubler|tripler|hisser"
        r"|augmenter|accroître|relever)",
    ),
    deadline_before=(r"d['’]ici(?:\s+à)?", r"en"),
    deadline_after=(),
    bound_before={
        "nearly": (r"près\s+de", r"presque", r"quasiment"),
        "about": (r"quelque", r"environ", r"autour\s+de"),
        "more_than": (r"plus\s+de", r"au-delà\s+de"),
        "less_than": (r"moins\s+de",),
    },
    bound_after={},
    countries={
        "FRA": (r"France", r"français" + L),
        "MAR": (r"Maroc" + L, r"marocain" + L),
        "CHN": (r"Chine", r"chinois" + L),
        "TUN": (r"Tunisie" + L, r"tunisien" + L),
    },
    growth=(
        r"augment" + L,
        r"hausse",
        r"baisse",
        r"progress" + L,
        r"recul" + L,
        r"diminu" + L,
        r"croissance",
        r"bond" + L,
        r"envol" + L,
        r"grimp" + L,
        r"chut" + L,
        r"repli" + L,
        r"accroissement",
        r"multipli" + L,
        r"plus",
        r"moins",
    ),
    demonstratives=(r"ce", r"cela", r"soit"),
    same_period=(r"même\s+période",),
    world=(
        r"étranger" + L,
        r"étrangère" + L,
        r"monde" + NOT,
        r"mondial" + L,
        r"\d+\s+pays" + NOT,
        r"commerce\s+extérieur" + _NO_PARTNER,
        r"échanges\s+extérieurs" + _NO_PARTNER,
        r"(?:avec|vers)\s+(?:l['’]ensemble\s+des|tous\s+les)\s+pays",
        r"(?:dans|de)\s+la\s+région",
    ),
)
