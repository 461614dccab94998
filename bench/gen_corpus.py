#!/usr/bin/env python3
"""Writes a deterministic corpus of mee documents for the benchmark.

usage: gen_corpus.py OUT_DIR [--count N] [--seed S]

Half plans of varied size, 30% eindverslagen that refer to those plans, 20%
initiatives; about one document in four carries a typical mistake (a typo in a
key, a value outside a closed list, a placeholder text, 12.500 as an amount, a
date that does not exist, a missing key, an unknown doelgroep, a missing
feedback moment, a report on a plan that does not exist). The same seed and
count always give the same files. Only the standard library is used.
"""
import argparse
import os
import random
import shutil

WORDS = ("de het een van en in op voor met bij over naar door wij bewoners ondernemers "
         "gemeente plein straat groen verkeer fietsers parkeren speelplek school dorp kern "
         "ontwerp inrichting avond enquete reacties ideeen zorgen veiligheid onderhoud "
         "budget planning college raad wijk buurt vereniging jongeren ouderen bomen water "
         "route licht bankjes afval zon wind riolering centrum ontmoeting").split()
KERNEN = ["Dalfsen", "Nieuwleusen", "Lemelerveld", "Hoonhorst", "Oudleusen"]
DOMEINEN = ["ruimte", "sociaal", "economie", "veiligheid", "dienstverlening", "bedrijfsvoering"]
DOELEN = ["ideeen-ophalen", "zorgvuldige-besluiten", "eigenaarschap", "noaberschap", "vertrouwen"]
CATEGORIEEN = ["inwoners", "jongeren", "ervaringsdeskundigen", "ondernemers", "winkeliers",
               "agrariers", "vereniging", "maatschappelijke-organisatie", "belangengroep",
               "ketenpartner", "bestuursorgaan", "intern"]
KADERS = ["juridisch", "organisatorisch", "politiek-bestuurlijk", "inhoudelijk", "financieel"]
WERKVORMEN = {"informeren": ["bewonersbrief", "website", "informatieavond", "nieuwsbrief"],
              "raadplegen": ["inloopavond", "online-enquete", "schouw", "klankbordgroep"],
              "adviseren": ["worldcafe", "focusgroep", "brainstormsessie", "burgerberaad"],
              "coproduceren": ["ontwerpatelier", "werkgroep", "snelkookpan"],
              "meebeslissen": ["burgerjury"]}
NIVEAUS = list(WERKVORMEN)
GROEPEN = ["Omwonenden", "Ondernemers", "Jongerenraad", "Ouderenbond", "Dorpsbelang",
           "Team beheer", "Waterschap", "Sportvereniging", "Basisschool", "Zorgcentrum",
           "Agrariers", "Woningcorporatie", "Provincie", "Kerkbestuur", "Buurtvereniging"]


class Doc:
    def __init__(self, rng):
        self.rng = rng
        self.lines = []

    def add(self, text):
        self.lines.append(text)

    def text(self):
        return "\n".join(self.lines) + "\n"


def sentence(rng, lo=5, hi=14):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def date(rng, year):
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def plan(rng, n, year, fault):
    d = Doc(rng)
    kern = rng.choice(KERNEN)
    size = rng.choice(["klein", "middel", "middel", "groot"])
    scale = {"klein": 1, "middel": 2, "groot": 4}[size]
    inform_only = rng.random() < 0.15
    niveau = "informeren" if inform_only else rng.choice(NIVEAUS[1:])
    d.add("soort: plan")
    d.add(f"id: PVA-{year}-{n:05d}")
    d.add(f"titel: {sentence(rng, 3, 6)[:-1]} {kern}")
    d.add(f"datum: {year}-01-{rng.randint(1, 9):02d}")
    d.add(f"domein: {'verkeer' if fault == 'open-list' else rng.choice(DOMEINEN)}")
    d.add(f"soort_werk: {rng.choice(['beleid', 'voorbereiding', 'uitvoering'])}")
    d.add(f"onderdeel_van: {rng.choice(['startnotitie', 'projectplan', 'bestuursopdracht', 'los'])}")
    if fault != "missing-key":
        d.add("verantwoordelijke: Projectleider openbare ruimte")
    d.add("adviseur: Adviseur inwonerbetrokkenheid")
    vast = rng.random() < 0.7
    d.add(f"status: {'vastgesteld' if vast else 'concept'}")
    if vast:
        d.add("vastgesteld:")
        d.add(f"  door: {rng.choice(['college', 'raad'])}")
        d.add(f"  datum: {year}-01-{rng.randint(10, 28):02d}")
        d.add(f"  kenmerk: B&W {year}-{n:05d}")
    d.add("afweging:")
    for vraag, tweede in (("ruimte", "te-maken"), ("geschikt", "te-maken"), ("capaciteit", "te-organiseren")):
        antwoord = "nee" if inform_only and vraag == "ruimte" else rng.choice(["ja", "ja", tweede])
        if fault == "closed-list" and vraag == "geschikt":
            antwoord = "ja mits"
        d.add(f"  {vraag}:")
        d.add(f"    antwoord: {antwoord}")
        toelichting = "nvt" if fault == "placeholder" and vraag == "geschikt" else sentence(rng)
        d.add(f"    toelichting: {toelichting}")
    d.add("  besluitstuk:")
    d.add(f"    soort: {rng.choice(['bestuursopdracht', 'collegevoorstel', 'raadsvoorstel'])}")
    d.add(f"    kenmerk: BO-{year}-{n:05d}")
    d.add("opgave:")
    d.add(f"  beschrijving: {sentence(rng, 8, 30)}")
    d.add(f"  voorgeschiedenis: {sentence(rng, 6, 20)}")
    d.add("  aanleiding:")
    d.add(f"    - Motie M-{year}-{rng.randint(1, 40):02d} {sentence(rng, 2, 4)[:-1]}")
    namen = rng.sample(GROEPEN, min(len(GROEPEN), 2 + scale * rng.randint(1, 3)))
    namen = [f"{g} {kern}" for g in namen]
    if not inform_only:
        d.add("doelen:")
        doelen = rng.sample(DOELEN, rng.randint(1, min(5, 1 + scale)))
        if fault == "duplicate-goal":
            doelen.append(doelen[0])
        for doel in doelen:
            d.add(f"  - doel: {doel}")
            d.add(f"    concreet: {sentence(rng)}")
        d.add("omgevingsanalyse:")
        d.add("  opgesteld_met: [projectleider, beleidsadviseur, adviseur inwonerbetrokkenheid]")
        d.add(f"  inclusie: {sentence(rng)}")
        d.add("  belanghebbenden:")
        cats = ["intern", "ketenpartner"] + [rng.choice(CATEGORIEEN) for _ in namen[2:]]
        for naam, cat in zip(namen, cats):
            d.add(f"    - naam: {naam}")
            d.add(f"      categorie: {cat}")
            d.add(f"      belang: {rng.choice(['groot', 'klein'])}")
            d.add(f"      invloed: {rng.choice(['veel', 'weinig'])}")
        d.add("kaders:")
        for cat in KADERS:
            d.add(f"  - categorie: {cat}")
            d.add(f"    hard: {rng.choice(['true', 'false'])}")
            d.add(f"    beschrijving: {sentence(rng)}")
    d.add("betrokkenheidsniveau:")
    d.add(f"  niveau: {niveau}")
    d.add(f"  motivering: {sentence(rng)}")
    used = {"werkvormen": [], "doelen": []}
    if not inform_only:
        used["doelen"] = sorted(set(doelen))
        d.add("werkvormen:")
        for i in range(rng.randint(1, 2 * scale)):
            nv = NIVEAUS[max(1, NIVEAUS.index(niveau) - rng.randint(0, 1))]
            used["werkvormen"].append(rng.choice(WERKVORMEN[nv]))
            d.add(f"  - werkvorm: {used['werkvormen'][-1]}")
            d.add(f"    niveau: {nv}")
            d.add(f"    online: {rng.choice(['true', 'false'])}")
            groepen = rng.sample(namen, min(len(namen), 2))
            if fault == "unknown-group" and i == 0:
                groepen[0] = "Omwoners"
            key = "doelgroepn" if fault == "typo-key" and i == 0 else "doelgroepen"
            d.add(f"    {key}: [{', '.join(groepen)}]")
    d.add("planning:")
    moments = 2 + scale * rng.randint(1, 4)
    days = sorted(f"{year}-{rng.randint(2, 8):02d}-{rng.randint(1, 28):02d}" for _ in range(moments))
    for i in range(moments):
        soort = "participatie" if i < moments - 2 else ("terugkoppeling" if i == moments - 2 else "besluit")
        if fault == "no-feedback" and soort == "terugkoppeling":
            soort = "informatie"
        dag = "2026-02-30" if fault == "bad-date" and i == 0 else days[i]
        d.add(f"  - datum: {dag}")
        d.add(f"    wat: {sentence(rng, 3, 8)}")
        d.add(f"    soort: {soort}")
        if soort == "besluit":
            d.add(f"    door: {rng.choice(['college', 'raad'])}")
        elif soort == "participatie" and not inform_only:
            d.add(f"    doelgroepen: [{namen[0]}]")
            d.add("    online_alternatief: true")
    d.add("communicatie:")
    d.add("  middelen: [bewonersbrief, website, Dalfser Marskramer, social media]")
    d.add("  uitnodiging: |")
    for _ in range(rng.randint(1, 1 + scale)):
        d.add(f"    {sentence(rng, 5, 10)}")
    d.add(f"  terugkoppeling: {sentence(rng)}")
    d.add(f"  verslaglegging: {sentence(rng)}")
    if not inform_only:
        d.add("capaciteit:")
        d.add(f"  uren: {rng.randint(20, 400)}")
        d.add(f"  budget: {'12.500' if fault == 'dotted-amount' else rng.randint(2, 200) * 500}")
        d.add(f"  toelichting: {sentence(rng)}")
    return d.text(), used


def eindverslag(rng, n, plan_id, used, year, fault):
    d = Doc(rng)
    d.add("soort: eindverslag")
    d.add(f"id: EV-{year}-{n:05d}")
    d.add(f"plan: {plan_id + '-X' if fault == 'missing-plan' else plan_id}")
    if fault != "missing-key":
        d.add(f"datum: {date(rng, year)}")
    d.add("proces:")
    d.add(f"  overzicht: {sentence(rng, 8, 20)}")
    d.add(f"  aansluiting_plan: {sentence(rng)}")
    d.add("  uitgevoerd:")
    for werkvorm in used["werkvormen"] or ["bewonersbrief"]:
        d.add(f"    - datum: {year}-{rng.randint(2, 8):02d}-{rng.randint(1, 28):02d}")
        d.add(f"      werkvorm: {werkvorm}")
        d.add(f"      deelnemers: {rng.randint(5, 400)}")
    d.add("  afwijkingen:")
    d.add(f"    - wat: {sentence(rng)}")
    d.add(f"      reden: {sentence(rng)}")
    d.add("inbreng:")
    for i in range(rng.randint(1, 8)):
        verwerking = rng.choice(["overgenomen", "deels", "niet"])
        d.add(f"  - onderwerp: {sentence(rng, 2, 4)[:-1]}")
        d.add(f"    samenvatting: {sentence(rng)}")
        d.add(f"    reactie: {sentence(rng)}")
        key = "verwerkng" if fault == "typo-key" and i == 0 else "verwerking"
        d.add(f"    {key}: {verwerking}")
        uitleg = "volgt" if fault == "placeholder" and i == 0 else sentence(rng)
        d.add(f"    uitleg: {uitleg}")
    d.add("doelen:")
    for doel in used["doelen"] or [rng.choice(DOELEN)]:
        d.add(f"  - doel: {doel}")
        d.add(f"    bereikt: {'half' if fault == 'closed-list' else rng.choice(['ja', 'deels', 'nee'])}")
        d.add(f"    toelichting: {sentence(rng)}")
    d.add("openbaar:")
    d.add(f"  datum: {date(rng, year)}")
    d.add(f"  waar: https://www.dalfsen.nl/project-{n}")
    return d.text()


def initiatief(rng, n, year, fault):
    d = Doc(rng)
    d.add("soort: initiatief")
    d.add(f"id: INI-{year}-{n:05d}")
    d.add(f"titel: {sentence(rng, 2, 5)[:-1]}")
    d.add(f"kern: {'Lemelervel' if fault == 'open-list' else rng.choice(KERNEN)}")
    d.add(f"type: {rng.choice(['leefbaarheid', 'cultuur', 'ruimtelijke-kwaliteit', 'anders'])}")
    groot = rng.random() < 0.3
    d.add(f"omvang: {'groot' if groot else 'klein'}")
    d.add("initiatiefnemer:")
    d.add(f"  naam: J. Jansen {n}")
    d.add("  organisatie: Buurtvereniging")
    d.add(f"  contact: inwoner{n}@example.nl")
    ingediend = f"{year}-{rng.randint(1, 9):02d}-{rng.randint(1, 9):02d}"
    d.add(f"ingediend: {'2026-13-01' if fault == 'bad-date' else ingediend}")
    d.add("intake:")
    d.add(f"  contact: {ingediend[:8]}{int(ingediend[8:]) + rng.randint(1, 19):02d}")
    d.add(f"  datum: {ingediend[:8]}{int(ingediend[8:]) + 19:02d}")
    d.add("  gesprek:")
    for vraag in ("idee", "doel", "buren", "samenwerking", "wanneer", "kosten", "hulp"):
        d.add(f"    {vraag}: {'tbd' if fault == 'placeholder' and vraag == 'buren' else sentence(rng)}")
    uitkomst = rng.choice(["ja", "ja", "ja-mits", "afwijzen"])
    d.add("beoordeling:")
    d.add("  past_in_beleid: true")
    d.add("  draagt_bij: true")
    d.add(f"  uitkomst: {'ja mits' if fault == 'closed-list' else uitkomst}")
    d.add(f"  voorwaarden: [{sentence(rng)[:-1] if uitkomst == 'ja-mits' else ''}]")
    d.add(f"  route: {'intaketafel' if groot else 'direct'}")
    if groot:
        d.add(f"  intaketafel: {ingediend[:5]}11-02")
    if uitkomst != "afwijzen":
        d.add("besluit:")
        d.add(f"  datum: {year}-11-20")
        d.add(f"  door: {'college' if groot else 'coordinator'}")
        d.add(f"  ondersteuning: [{', '.join(rng.sample(['ruimte', 'financieel', 'expertise', 'materiaal'], 2))}]")
    d.add("mededeling:")
    d.add(f"  datum: {year}-11-27")
    d.add(f"status: {'afgewezen' if uitkomst == 'afwijzen' else rng.choice(['besloten', 'uitgevoerd'])}")
    if fault == "typo-key":
        d.add("evaluatei:")
    else:
        d.add("evaluatie:")
    d.add(f"  tevredenheid: {rng.randint(1, 5)}")
    d.add(f"  toelichting: {sentence(rng)}")
    return d.text()


PLAN_FAULTS = ["typo-key", "closed-list", "placeholder", "dotted-amount", "bad-date",
               "missing-key", "unknown-group", "no-feedback", "duplicate-goal", "open-list"]
REPORT_FAULTS = ["typo-key", "closed-list", "placeholder", "missing-key", "missing-plan"]
INITIATIVE_FAULTS = ["typo-key", "closed-list", "placeholder", "bad-date", "open-list"]


def fault_for(rng, faults):
    return rng.choice(faults) if rng.random() < 0.25 else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n_plans = args.count // 2
    n_reports = args.count * 3 // 10
    n_initiatives = args.count - n_plans - n_reports
    folders = {k: os.path.join(args.out, k) for k in ("plannen", "eindverslagen", "initiatieven")}
    for folder in folders.values():
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
    with open(os.path.join(args.out, ".mee.yaml"), "w") as f:
        f.write("# Projectmap van de benchmark (bench/gen_corpus.py).\nlang: nl\n")
    plan_ids = []
    for n in range(n_plans):
        year = 2026
        text, used = plan(rng, n, year, fault_for(rng, PLAN_FAULTS))
        plan_ids.append((f"PVA-{year}-{n:05d}", used, year))
        with open(os.path.join(folders["plannen"], f"pva-{n:05d}.yaml"), "w") as f:
            f.write(text)
    for n in range(n_reports):
        plan_id, used, year = plan_ids[n % len(plan_ids)]
        with open(os.path.join(folders["eindverslagen"], f"ev-{n:05d}.yaml"), "w") as f:
            f.write(eindverslag(rng, n, plan_id, used, year, fault_for(rng, REPORT_FAULTS)))
    for n in range(n_initiatives):
        year = rng.choice([2025, 2026, 2026])
        with open(os.path.join(folders["initiatieven"], f"ini-{n:05d}.yaml"), "w") as f:
            f.write(initiatief(rng, n, year, fault_for(rng, INITIATIVE_FAULTS)))
    print(f"{args.count} documents ({n_plans} plans, {n_reports} eindverslagen, "
          f"{n_initiatives} initiatives) in {args.out}")


if __name__ == "__main__":
    main()
