"""Signs every language shares: %, currency signs, energy unit symbols."""

from __future__ import annotations

from app.services.extraction.languages.table import NOT, L, Words

WORDS = Words(
    code="*",
    currencies={
        "USD": (r"\$", r"USD" + NOT),
        "EUR": ("€", r"EUR" + NOT),
        "AZN": ("₼", r"AZN" + NOT),
        "CNY": (r"RMB" + NOT, r"CNY" + NOT),
        "RUB": ("₽", r"RUB" + NOT),
        "GEL": ("₾", r"GEL" + NOT),
        "KZT": ("₸", r"KZT" + NOT),
        "UZS": (r"UZS" + NOT,),
        "TRY": ("₺", r"TRY" + NOT),
        "INR": ("₹", r"INR" + NOT),
        "PKR": (r"PKR" + NOT,),
        "MAD": (r"MAD" + NOT,),
        "GBP": ("£", r"GBP" + NOT),
    },
    currency_before={
        "USD": (r"(?:US|U\.S\.|C)?\$", "USD"),
        "EUR": ("€", "EUR"),
        "AZN": ("₼", "AZN"),
        "CNY": ("¥", "￥", "CNY", "RMB"),
        "RUB": ("₽", "RUB"),
        "GEL": ("₾", "GEL"),
        "KZT": ("₸", "KZT"),
        "TRY": ("₺",),
        "INR": ("₹", "INR"),
        "PKR": ("PKR",),
        "GBP": ("£", "GBP"),
    },
    percent=("%", "٪", "％"),
    percent_before=("%",),
    times=(r"x" + NOT,),
    measures=(
        (r"TWh", "kWh", 1e9),
        (r"GWh", "kWh", 1e6),
        (r"MWh", "kWh", 1e3),
        (r"kWh", "kWh", 1.0),
        (r"GW" + NOT, "MW", 1e3),
        (r"MWe?" + NOT, "MW", 1.0),
        (r"kW" + NOT, "MW", 1e-3),
        (r"m3(?!" + L + ")|m³", "m3", 1.0),
    ),
)
