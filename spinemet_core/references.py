"""One bibliography for the whole suite: citekey -> :class:`Reference`.

Score tables, rules, evidence rows and cases cite by key only; a test checks
that every key used anywhere exists here. Fields that could not be confirmed
against the primary source are listed in ``Reference.unconfirmed`` and shown
as such to the learner.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import InvalidInputError

__all__ = ["REFERENCES", "Reference", "format_reference", "get_reference"]


@dataclass(frozen=True, slots=True)
class Reference:
    """A bibliographic record (IEEE-like rendering via :func:`format_reference`)."""

    key: str
    authors: str
    title: str
    journal: str
    year: int
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    pmid: str = ""
    pmcid: str = ""
    unconfirmed: tuple[str, ...] = field(default=())

    @property
    def short(self) -> str:
        """First author and year, e.g. ``"Tokuhashi 2005"``."""
        return f"{self.authors.split(',')[0].split()[0]} {self.year}"


_REFS = (
    Reference(
        key="tokuhashi1990",
        authors="Tokuhashi Y, Matsuzaki H, Toriyama S, Kawano H, Ohsaka S",
        title="Scoring system for the preoperative evaluation of metastatic spine tumor prognosis",
        journal="Spine",
        year=1990,
        volume="15",
        issue="11",
        pages="1110-1113",
        doi="10.1097/00007632-199011010-00005",
        pmid="1702559",
        unconfirmed=("doi", "pmid"),
    ),
    Reference(
        key="tokuhashi2005",
        authors="Tokuhashi Y, Matsuzaki H, Oda H, Oshima M, Ryu J",
        title="A revised scoring system for preoperative evaluation of metastatic spine tumor "
        "prognosis",
        journal="Spine (Phila Pa 1976)",
        year=2005,
        volume="30",
        issue="19",
        pages="2186-2191",
        doi="10.1097/01.brs.0000180401.06919.a5",
        pmid="16205345",
    ),
    Reference(
        key="tokuhashi2014",
        authors="Tokuhashi Y, Uei H, Oshima M, Ajiro Y",
        title="Scoring system for prediction of metastatic spine tumor prognosis",
        journal="World J Orthop",
        year=2014,
        volume="5",
        issue="3",
        pages="262-271",
        doi="10.5312/wjo.v5.i3.262",
        pmcid="PMC4095019",
    ),
    Reference(
        key="tomita2001",
        authors="Tomita K, Kawahara N, Kobayashi T, Yoshida A, Murakami H, Akamaru T",
        title="Surgical strategy for spinal metastases",
        journal="Spine",
        year=2001,
        volume="26",
        issue="3",
        pages="298-306",
        doi="10.1097/00007632-200102010-00016",
        pmid="11224867",
        unconfirmed=("doi", "pmid"),
    ),
    Reference(
        key="katagiri2014",
        authors="Katagiri H, Okada R, Takagi T, Takahashi M, Murata H, Harada H, Nishimura T, "
        "Asakura H, Ogawa H",
        title="New prognostic factors and scoring system for patients with skeletal metastasis",
        journal="Cancer Med",
        year=2014,
        volume="3",
        issue="5",
        pages="1359-1367",
        doi="10.1002/cam4.292",
        pmid="25044999",
        pmcid="PMC4302686",
    ),
    Reference(
        key="kubota2019",
        authors="Kubota H, et al.",
        title="[title not confirmed] External validation of the Katagiri score in 616 irradiated "
        "patients",
        journal="Radiat Oncol",
        year=2019,
        volume="14",
        pages="13",
        doi="10.1186/s13014-019-1218-z",
        unconfirmed=("title",),
    ),
    Reference(
        key="bauer1995",
        authors="Bauer HC, Wedin R",
        title="Survival after surgery for spinal and extremity metastases",
        journal="Acta Orthop Scand",
        year=1995,
        volume="66",
        issue="2",
        pages="143-146",
        unconfirmed=("volume", "issue", "pages"),
    ),
    Reference(
        key="leithner2008",
        authors="Leithner A, Radl R, Gruber G, Hochegger M, Leithner K, Welkerling H, et al.",
        title="Predictive value of seven preoperative prognostic scoring systems for spinal "
        "metastases",
        journal="Eur Spine J",
        year=2008,
        volume="17",
        issue="11",
        pages="1488-1495",
        doi="10.1007/s00586-008-0763-1",
        pmid="18787846",
    ),
    Reference(
        key="fisher2010",
        authors="Fisher CG, DiPaola CP, Ryken TC, Bilsky MH, Shaffrey CI, Berven SH, et al.",
        title="A novel classification system for spinal instability in neoplastic disease: an "
        "evidence-based approach and expert consensus from the Spine Oncology Study Group",
        journal="Spine",
        year=2010,
        volume="35",
        issue="22",
        pages="E1221-E1229",
        doi="10.1097/BRS.0b013e3181e16ae2",
        pmid="20562730",
        unconfirmed=("pmid",),
    ),
    Reference(
        key="fourney2011",
        authors="Fourney DR, Frangou EM, Ryken TC, et al.",
        title="Spinal instability neoplastic score: an analysis of reliability and validity from "
        "the Spine Oncology Study Group",
        journal="J Clin Oncol",
        year=2011,
        volume="29",
        issue="22",
        pages="3072-3077",
    ),
    Reference(
        key="bilsky2010",
        authors="Bilsky MH, Laufer I, Fourney DR, Groff M, Schmidt MH, Varga PP, Vrionis FD, "
        "Yamada Y, Gerszten PC, Kuklo TR",
        title="Reliability analysis of the epidural spinal cord compression scale",
        journal="J Neurosurg Spine",
        year=2010,
        volume="13",
        issue="3",
        pages="324-328",
        doi="10.3171/2010.3.SPINE09459",
        pmid="20809724",
    ),
    Reference(
        key="laufer2013_noms",
        authors="Laufer I, Rubin DG, Lis E, Cox BW, Stubblefield MD, Yamada Y, Bilsky MH",
        title="The NOMS framework: approach to the treatment of spinal metastatic tumors",
        journal="Oncologist",
        year=2013,
        volume="18",
        issue="6",
        pages="744-751",
        doi="10.1634/theoncologist.2012-0293",
        pmid="23709750",
        pmcid="PMC4063402",
    ),
    Reference(
        key="zoccali2016",
        authors="Zoccali C, et al.",
        title="[title not confirmed] Meta-analysis of the accuracy of the revised Tokuhashi score",
        journal="Eur Spine J",
        year=2016,
        volume="25",
        issue="3",
        pages="673-678",
        doi="10.1007/s00586-015-4339-6",
        pmid="26626082",
        unconfirmed=("title",),
    ),
    Reference(
        key="gong2021",
        authors="Gong Y, Hu J, Wei F, et al.",
        title="[title not confirmed] Revised Tokuhashi and Tomita scores in 221 surgically treated "
        "patients (in Chinese)",
        journal="Chin J Spine Spinal Cord",
        year=2021,
        issue="2",
        pages="97-102",
        unconfirmed=("title",),
    ),
    Reference(
        key="schoenfeld2022",
        authors="Schoenfeld AJ, et al.",
        title="[title not confirmed] Comparison of NESMS with other prognostic scores for "
        "spinal metastases",
        journal="Spine J",
        year=2022,
        volume="22",
        issue="1",
        pages="39-48",
        doi="10.1016/j.spinee.2021.03.007",
        pmid="33741509",
        unconfirmed=("title",),
    ),
    Reference(
        key="sahgal2013_vcf",
        authors="Sahgal A, Atenafu EG, Chao S, Al-Omair A, Boehling N, Balagamwala EH, et al.",
        title="Vertebral compression fracture after spine stereotactic body radiotherapy: a "
        "multi-institutional analysis with a focus on radiation dose and the spinal instability "
        "neoplastic score",
        journal="J Clin Oncol",
        year=2013,
        volume="31",
        issue="27",
        pages="3426-3431",
        doi="10.1200/JCO.2013.50.1411",
        pmid="23960179",
        pmcid="PMC6076012",
    ),
    Reference(
        key="yamada2017",
        authors="Yamada Y, Katsoulakis E, Laufer I, et al.",
        title="The impact of histology and delivered dose on local control of spinal metastases "
        "treated with stereotactic radiosurgery",
        journal="Neurosurg Focus",
        year=2017,
        volume="42",
        issue="1",
        pages="E6",
        doi="10.3171/2016.9.FOCUS16369",
        pmcid="PMC5568686",
    ),
    Reference(
        key="patchell2005",
        authors="Patchell RA, Tibbs PA, Regine WF, Payne R, Saris S, Kryscio RJ, Mohiuddin M, "
        "Young B",
        title="Direct decompressive surgical resection in the treatment of spinal cord "
        "compression caused by metastatic cancer: a randomised trial",
        journal="Lancet",
        year=2005,
        volume="366",
        issue="9486",
        pages="643-648",
        doi="10.1016/S0140-6736(05)66954-1",
        pmid="16112300",
    ),
    Reference(
        key="abdelwanis2021",
        authors="Abdel-Wanis ME",
        title="Current concepts in decision-making and treatment options for spinal metastasis: "
        "a narrative review",
        journal="Egyptian Spine Journal",
        year=2021,
        volume="41",
        issue="1",
        unconfirmed=("title", "doi"),
    ),
)

REFERENCES: dict[str, Reference] = {ref.key: ref for ref in _REFS}
"""Every citekey used in the suite, mapped to its record."""


def get_reference(key: str) -> Reference:
    """Return the :class:`Reference` for ``key`` or raise :class:`InvalidInputError`."""
    try:
        return REFERENCES[key]
    except (KeyError, TypeError):
        raise InvalidInputError("key", key, ", ".join(sorted(REFERENCES))) from None


def format_reference(key: str) -> str:
    """Render a reference as one line of plain text.

    >>> format_reference("bilsky2010")[:45]
    'Bilsky MH, Laufer I, Fourney DR, Groff M, Sch'
    """
    ref = get_reference(key)
    parts = [f"{ref.authors}. {ref.title}. {ref.journal} {ref.year}"]
    if ref.volume:
        parts[-1] += f";{ref.volume}"
        if ref.issue:
            parts[-1] += f"({ref.issue})"
    elif ref.issue:
        parts[-1] += f";({ref.issue})"
    if ref.pages:
        parts[-1] += f":{ref.pages}"
    parts[-1] += "."
    if ref.doi:
        parts.append(f"doi:{ref.doi}.")
    if ref.pmid:
        parts.append(f"PMID {ref.pmid}.")
    if ref.pmcid:
        parts.append(f"{ref.pmcid}.")
    if ref.unconfirmed:
        parts.append(f"[not yet confirmed against the source: {', '.join(ref.unconfirmed)}]")
    return " ".join(parts)
