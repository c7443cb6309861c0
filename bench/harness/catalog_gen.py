#!/usr/bin/env python3
"""Generates a large, realistic connector catalog and loads it into a Plugboard SQLite database.

Plugboard has no catalog import command yet, so the scale runs of the harness write rows straight
into the `connectors` table of a database that Plugboard created and seeded on a first start
(schema: storage/src/main/resources/db/migration/common/V001__catalog_and_applications.sql).

Every generated connector is a copy of a real bundled connector (its credentials, products and
their stored JSON encoding) under a new id, name, type, colour, URLs, flags and dates. Copying the
stored row of a bundled connector, rather than encoding credentials here, keeps the rows exactly in
the storage module's format. The same catalog is written as a file in the bundled JSON format
(app/src/main/resources/catalog/bundled-catalog.json), built from the same templates.

The bundled connectors stay in the catalog (GET /connectors/201 is the same bytes at every size),
no generated name contains "itau" (so `name=itau` finds the same 3 connectors at every size), and
roughly a third of the bank names start with "Banco".

    catalog_gen.py --size 10000 --db DATA/plugboard.db --bundled bundled-catalog.json --json out.json
"""

import argparse
import copy
import datetime
import json
import random
import sqlite3
import sys
import unicodedata

CITIES = [
    "São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Recife", "Fortaleza",
    "Salvador", "Goiânia", "Manaus", "Belém", "Florianópolis", "Vitória", "Natal", "João Pessoa",
    "Maceió", "Aracaju", "Teresina", "São Luís", "Cuiabá", "Campo Grande", "Londrina", "Maringá",
    "Uberlândia", "Ribeirão Preto", "Campinas", "Santos", "Sorocaba", "Joinville", "Blumenau",
    "Caxias do Sul", "Pelotas", "Juiz de Fora", "Montes Claros", "Feira de Santana", "Petrolina",
    "Chapecó", "Cascavel", "Foz do Iguaçu", "Passo Fundo", "Santa Maria", "Anápolis", "Palmas",
    "Porto Velho", "Rio Branco", "Macapá", "Boa Vista", "Dourados", "Rondonópolis", "Sinop",
    "Itajaí", "Criciúma", "Ponta Grossa", "Guarapuava", "Bauru", "Marília", "Piracicaba", "Jundiaí",
    "Taubaté", "Franca", "Presidente Prudente", "Araçatuba", "Barretos", "Lages", "Erechim",
]
REGIONS = [
    "Paulista", "Mineiro", "Gaúcho", "Catarinense", "Paranaense", "Fluminense", "Baiano", "Goiano",
    "Capixaba", "Cearense", "Pernambucano", "Amazônico", "Potiguar", "Sergipano", "Maranhense",
    "do Nordeste", "do Sul", "do Norte", "do Cerrado", "do Pantanal", "do Litoral", "da Serra",
    "do Vale", "da Amazônia", "Central", "do Sertão", "Atlântico", "Mercantil", "Industrial",
    "Rural", "Comercial", "Cooperativo", "Popular", "Digital", "Brasileiro", "Nacional",
]
FOUNDERS = [
    "Azevedo", "Barros", "Cardoso", "Carvalho", "Castro", "Correia", "Costa", "Cunha", "Dias",
    "Fernandes", "Ferreira", "Freitas", "Gomes", "Lima", "Lopes", "Machado", "Martins", "Melo",
    "Mendes", "Monteiro", "Moreira", "Nascimento", "Nogueira", "Oliveira", "Pereira", "Pinto",
    "Ribeiro", "Rocha", "Santana", "Souza", "Teixeira", "Vasconcelos", "Vieira", "Araújo", "Conceição",
]
BRANDS = [
    "Aurora", "Horizonte", "Alvorada", "Bandeirante", "Ipê", "Jequitibá", "Araucária", "Guará",
    "Tucano", "Sabiá", "Jacarandá", "Carnaúba", "Pitanga", "Cajú", "Açaí", "Buriti", "Pequi",
    "Jatobá", "Aroeira", "Cedro", "Vértice", "Prisma", "Órbita", "Nexo", "Lume", "Brisa", "Vela",
    "Farol", "Âncora", "Mirante", "Trilha", "Rumo", "Ponte", "Elo", "Trevo", "Safira", "Topázio",
]
COOPERATIVE_NETWORKS = ["Sicoob", "Sicredi", "Unicred", "Cresol", "Uniprime", "Ailos", "Credisis"]

# type, share of the generated catalog, name makers
TYPE_SHARES = [
    ("PERSONAL_BANK", 0.40),
    ("BUSINESS_BANK", 0.18),
    ("INVESTMENT", 0.20),
    ("PAYMENT_ACCOUNT", 0.10),
    ("DIGITAL_ECONOMY", 0.04),
    ("INVOICE", 0.03),
    ("TELECOMMUNICATION", 0.02),
    ("OTHER", 0.03),
]


def fold(text):
    """Lower case without accents: what Plugboard's name search compares."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def bank_name(rng):
    roll = rng.random()
    if roll < 0.34:
        return "Banco " + rng.choice([rng.choice(REGIONS), rng.choice(FOUNDERS), rng.choice(BRANDS),
                                      rng.choice(CITIES)])
    if roll < 0.62:
        return rng.choice(COOPERATIVE_NETWORKS) + " " + rng.choice(CITIES + REGIONS)
    if roll < 0.76:
        return "Cooperativa de Crédito " + rng.choice(CITIES)
    if roll < 0.88:
        return rng.choice(BRANDS) + " " + rng.choice(["Bank", "Digital", "Conta", "Banco Digital"])
    return "Caixa " + rng.choice(FOUNDERS + REGIONS)


def business_name(rng):
    return bank_name(rng) + " " + rng.choice(["Empresas", "PJ", "Negócios", "Corporate"])


def investment_name(rng):
    base = rng.choice([rng.choice(FOUNDERS), rng.choice(BRANDS), rng.choice(FOUNDERS) + " & " + rng.choice(FOUNDERS)])
    return base + " " + rng.choice(["Investimentos", "Corretora", "DTVM", "Asset", "Capital", "Gestora"])


def payment_name(rng):
    return rng.choice(BRANDS) + rng.choice(["Pay", " Pagamentos", " Conta", "Cash", " Carteira"])


def other_name(rng, kind):
    suffix = {
        "DIGITAL_ECONOMY": ["Marketplace", "Shop", "Delivery", "Mobilidade"],
        "INVOICE": ["Energia", "Saneamento", "Gás", "Boletos"],
        "TELECOMMUNICATION": ["Telecom", "Fibra", "Móvel", "Net"],
        "OTHER": ["Benefícios", "Seguros", "Consórcios", "Previdência"],
    }[kind]
    return rng.choice(BRANDS + FOUNDERS) + " " + rng.choice(suffix)


def make_name(rng, kind):
    while True:
        if kind == "PERSONAL_BANK":
            name = bank_name(rng)
        elif kind == "BUSINESS_BANK":
            name = business_name(rng)
        elif kind == "INVESTMENT":
            name = investment_name(rng)
        elif kind == "PAYMENT_ACCOUNT":
            name = payment_name(rng)
        else:
            name = other_name(rng, kind)
        # Real catalogs repeat names (Itaú appears three times in the bundled one); a branch number
        # makes most of them distinct, as cooperatives' names often are.
        if rng.random() < 0.5:
            name += " " + str(rng.randint(1, 999))
        if "itau" not in fold(name):
            return name


def slug(name):
    return "".join(c if c.isalnum() else "-" for c in fold(name)).strip("-")


def iso_millis(epoch_ms):
    moment = datetime.datetime.fromtimestamp(epoch_ms / 1000, tz=datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (epoch_ms % 1000)


def pick_type(rng):
    roll, total = rng.random(), 0.0
    for kind, share in TYPE_SHARES:
        total += share
        if roll < total:
            return kind
    return TYPE_SHARES[-1][0]


def generate(rng, connector_id, template_row, template_json):
    kind = pick_type(rng)
    name = make_name(rng, kind)
    colour = "%06x" % rng.randrange(0x1000000)
    url = "https://www." + slug(name) + ".com.br"
    image = "https://cdn.pluggy.ai/assets/connector-icons/%d.svg" % connector_id
    open_finance = rng.random() < 0.45
    health_roll = rng.random()
    health = "ONLINE" if health_roll < 0.9 else ("UNSTABLE" if health_roll < 0.97 else "OFFLINE")
    stage = "BETA" if rng.random() < 0.05 else None
    created = rng.randrange(1577836800000, 1735689600000)  # 2020 to 2025
    updated = created + rng.randrange(0, 86400000 * 300)
    flags = {
        "supports_payment_initiation": open_finance and rng.random() < 0.4,
        "supports_scheduled_payments": open_finance and rng.random() < 0.2,
        "supports_smart_transfers": open_finance and rng.random() < 0.1,
        "supports_boleto_management": rng.random() < 0.05,
        "supports_automatic_pix": open_finance and rng.random() < 0.15,
    }

    row = dict(template_row)
    row.update({
        "id": connector_id, "name": name, "type": kind, "country": "BR", "primary_color": colour,
        "institution_url": url, "image_url": image, "health_status": health, "health_stage": stage,
        "is_sandbox": False, "is_open_finance": open_finance, "created_at": created,
        "updated_at": updated, "enabled": True,
    })
    row.update(flags)

    doc = copy.deepcopy(template_json)
    doc.update({
        "id": connector_id, "name": name, "primaryColor": colour, "institutionUrl": url, "country": "BR",
        "type": kind, "imageUrl": image, "health": {"status": health, "stage": stage},
        "createdAt": iso_millis(created), "isSandbox": False, "isOpenFinance": open_finance,
        "updatedAt": iso_millis(updated),
        "supportsPaymentInitiation": flags["supports_payment_initiation"],
        "supportsScheduledPayments": flags["supports_scheduled_payments"],
        "supportsSmartTransfers": flags["supports_smart_transfers"],
        "supportsBoletoManagement": flags["supports_boleto_management"],
        "supportsAutomaticPix": flags["supports_automatic_pix"],
    })
    return row, doc


def load(size, db_path, bundled_path, json_path, seed):
    with open(bundled_path, encoding="utf-8") as f:
        bundled = json.load(f)
    bundled_by_id = {c["id"]: c for c in bundled}
    if size < len(bundled):
        raise SystemExit("a generated catalog keeps the %d bundled connectors: ask for at least that many" % len(bundled))

    db = sqlite3.connect(db_path)
    db.row_factory = sqlite3.Row
    state = db.execute("SELECT version FROM catalog_state WHERE id = 1").fetchone()
    if state is None:
        raise SystemExit(db_path + " is not seeded: start Plugboard on its data directory once first")
    stored = [dict(r) for r in db.execute("SELECT * FROM connectors WHERE enabled = TRUE ORDER BY id")]
    if {r["id"] for r in stored} != set(bundled_by_id):
        raise SystemExit(db_path + " does not hold exactly the bundled catalog: use a freshly seeded database")
    templates = [r for r in stored if not r["is_sandbox"] and json.loads(r["credentials"])]
    columns = list(stored[0].keys())

    rng = random.Random(seed)
    first_id = 1000
    rows, docs = [], list(bundled)
    for n in range(size - len(bundled)):
        template = rng.choice(templates)
        row, doc = generate(rng, first_id + n, template, bundled_by_id[template["id"]])
        rows.append(row)
        docs.append(doc)

    insert = "INSERT INTO connectors (%s) VALUES (%s)" % (
        ", ".join(columns), ", ".join(":" + c for c in columns))
    with db:
        db.executemany(insert, rows)
        # A changed catalog is a new version, as any change through Plugboard would be.
        db.execute("UPDATE catalog_state SET version = version + 1 WHERE id = 1")
    db.close()

    if json_path:
        with open(json_path, "w", encoding="utf-8") as f:
            # Compact: the C encoder writes 100,000 connectors in a second; indenting takes far longer.
            json.dump(docs, f, ensure_ascii=False, separators=(",", ":"))
    return len(docs)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, required=True, help="connectors in all, bundled ones included")
    parser.add_argument("--db", required=True, help="a Plugboard SQLite database seeded with the bundled catalog")
    parser.add_argument("--bundled", required=True, help="app/src/main/resources/catalog/bundled-catalog.json")
    parser.add_argument("--json", help="also write the catalog to this file, in the bundled JSON format")
    parser.add_argument("--seed", type=int, default=7, help="random seed (the same seed, the same catalog)")
    args = parser.parse_args(argv)
    total = load(args.size, args.db, args.bundled, args.json, args.seed)
    print("catalog of %d connectors written to %s" % (total, args.db))


if __name__ == "__main__":
    main(sys.argv[1:])
