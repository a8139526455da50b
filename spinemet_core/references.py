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
        authors="Yamada Y, Katsoulakis E, Laufer I, Lovelock M, Barzilai O, McLaughlin LA, et al.",
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
        key="laufer2013_separation",
        authors="Laufer I, Iorgulescu JB, Chapman T, Lis E, Shi W, Zhang Z, Cox BW, Yamada Y, "
        "Bilsky MH",
        title='Local disease control for spinal metastases following "separation surgery" and '
        "adjuvant hypofractionated or high-dose single-fraction stereotactic radiosurgery: "
        "outcome analysis in 186 patients",
        journal="J Neurosurg Spine",
        year=2013,
        volume="18",
        issue="3",
        pages="207-214",
        doi="10.3171/2012.11.SPINE12111",
        unconfirmed=("authors", "doi"),
    ),
    Reference(
        key="sahgal2013_cord",
        authors="Sahgal A, Weinberg V, Ma L, et al.",
        title="Probabilities of radiation myelopathy specific to stereotactic body radiation "
        "therapy to guide safe practice",
        journal="Int J Radiat Oncol Biol Phys",
        year=2013,
        volume="85",
        issue="2",
        pages="341-347",
        doi="10.1016/j.ijrobp.2012.05.007",
        pmid="22713832",
    ),
    Reference(
        key="sahgal2021_hytec",
        authors="Sahgal A, Chang JH, Ma L, Marks LB, Milano MT, Medin P, et al.",
        title="Spinal cord dose tolerance to stereotactic body radiation therapy",
        journal="Int J Radiat Oncol Biol Phys",
        year=2021,
        volume="110",
        issue="1",
        pages="124-136",
        doi="10.1016/j.ijrobp.2019.09.038",
        pmid="31606528",
    ),
    Reference(
        key="sahgal2021_sc24",
        authors="Sahgal A, Myrehaug SD, Siva S, et al.",
        title="Stereotactic body radiotherapy versus conventional external beam radiotherapy in "
        "patients with painful spinal metastases: an open-label, multicentre, randomised, "
        "controlled, phase 2/3 trial",
        journal="Lancet Oncol",
        year=2021,
        volume="22",
        issue="7",
        pages="1023-1033",
        doi="10.1016/S1470-2045(21)00196-0",
        pmid="34126044",
        unconfirmed=("title",),
    ),
    Reference(
        key="ryu2023_rtog0631",
        authors="Ryu S, Deshmukh S, Timmerman RD, et al.",
        title="Stereotactic radiosurgery vs conventional radiotherapy for localized vertebral "
        "metastases of the spine: phase 3 results of NRG Oncology/RTOG 0631 randomized "
        "clinical trial",
        journal="JAMA Oncol",
        year=2023,
        volume="9",
        issue="6",
        pages="800-807",
        doi="10.1001/jamaoncol.2023.0356",
        pmid="37079324",
        pmcid="PMC10119775",
        unconfirmed=("title",),
    ),
    Reference(
        key="hoskin2019_scorad",
        authors="Hoskin PJ, Hopkins K, Misra V, et al.",
        title="Effect of single-fraction vs multifraction radiotherapy on ambulatory status among "
        "patients with spinal canal compression from metastatic cancer: the SCORAD randomized "
        "clinical trial",
        journal="JAMA",
        year=2019,
        volume="322",
        issue="21",
        pages="2084-2094",
        doi="10.1001/jama.2019.17913",
        pmid="31794625",
        pmcid="PMC6902166",
        unconfirmed=("title",),
    ),
    Reference(
        key="maranzano1995",
        authors="Maranzano E, Latini P",
        title="Effectiveness of radiation therapy without surgery in metastatic spinal cord "
        "compression: final results from a prospective trial",
        journal="Int J Radiat Oncol Biol Phys",
        year=1995,
        volume="32",
        issue="4",
        pages="959-967",
        pmid="7607970",
        unconfirmed=("title",),
    ),
    Reference(
        key="rades2005",
        authors="Rades D, Stalpers LJ, Veninga T, et al.",
        title="Evaluation of five radiation schedules and prognostic factors for metastatic "
        "spinal cord compression",
        journal="J Clin Oncol",
        year=2005,
        volume="23",
        issue="15",
        pages="3366-3375",
        pmid="15908648",
        unconfirmed=("title",),
    ),
    Reference(
        key="guckenberger2014",
        authors="Guckenberger M, Mantel F, Gerszten PC, et al.",
        title="Safety and efficacy of stereotactic body radiotherapy as primary treatment for "
        "vertebral metastases: a multi-institutional analysis",
        journal="Radiat Oncol",
        year=2014,
        volume="9",
        pages="226",
        pmcid="PMC4205292",
        unconfirmed=("title",),
    ),
    Reference(
        key="kirkpatrick2008",
        authors="Kirkpatrick JP, Meyer JJ, Marks LB",
        title="The linear-quadratic model is inappropriate to model high dose per fraction "
        "effects in radiosurgery",
        journal="Semin Radiat Oncol",
        year=2008,
        volume="18",
        issue="4",
        pages="240-243",
        doi="10.1016/j.semradonc.2008.04.005",
        pmid="18725110",
        unconfirmed=("title",),
    ),
    Reference(
        key="brenner2008",
        authors="Brenner DJ",
        title="The linear-quadratic model is an appropriate methodology for determining "
        "isoeffective doses at large doses per fraction",
        journal="Semin Radiat Oncol",
        year=2008,
        volume="18",
        issue="4",
        pmcid="PMC2750078",
        unconfirmed=("title", "pages"),
    ),
    Reference(
        key="heng2009",
        authors="Heng DYC, Xie W, Regan MM, Warren MA, Golshayan AR, Sahi C, et al.",
        title="Prognostic factors for overall survival in patients with metastatic renal cell "
        "carcinoma treated with vascular endothelial growth factor-targeted agents: results "
        "from a large, multicenter study",
        journal="J Clin Oncol",
        year=2009,
        volume="27",
        issue="34",
        pages="5794-5799",
        doi="10.1200/JCO.2008.21.4809",
        pmid="19826129",
        unconfirmed=("pmid",),
    ),
    Reference(
        key="heng2013",
        authors="Heng DYC, Xie W, Regan MM, et al.",
        title="External validation and comparison with other models of the International "
        "Metastatic Renal-Cell Carcinoma Database Consortium prognostic model",
        journal="Lancet Oncol",
        year=2013,
        volume="14",
        issue="2",
        pages="141-148",
        doi="10.1016/S1470-2045(12)70559-4",
        pmid="23312463",
        pmcid="PMC4144042",
        unconfirmed=("title",),
    ),
    Reference(
        key="motzer1999",
        authors="Motzer RJ, Mazumdar M, Bacik J, Berg W, Amsterdam A, Ferrara J",
        title="Survival and prognostic stratification of 670 patients with advanced renal cell "
        "carcinoma",
        journal="J Clin Oncol",
        year=1999,
        volume="17",
        issue="8",
        pages="2530-2540",
        doi="10.1200/JCO.1999.17.8.2530",
        unconfirmed=("doi",),
    ),
    Reference(
        key="motzer2002",
        authors="Motzer RJ, Bacik J, Murphy BA, Russo P, Mazumdar M",
        title="Interferon-alfa as a comparative treatment for clinical trials of new therapies "
        "against advanced renal cell carcinoma",
        journal="J Clin Oncol",
        year=2002,
        volume="20",
        issue="1",
        pages="289-296",
        doi="10.1200/JCO.2002.20.1.289",
        pmid="11773181",
        unconfirmed=("doi", "pmid"),
    ),
    Reference(
        key="payne1973",
        authors="Payne RB, Little AJ, Williams RB, Milner JR",
        title="Interpretation of serum calcium in patients with abnormal serum proteins",
        journal="Br Med J",
        year=1973,
        volume="4",
        issue="5893",
        pages="643-646",
        doi="10.1136/bmj.4.5893.643",
        pmid="4758544",
        unconfirmed=("title",),
    ),
    Reference(
        key="motzer2018_cm214",
        authors="Motzer RJ, Tannir NM, McDermott DF, et al.",
        title="Nivolumab plus ipilimumab versus sunitinib in advanced renal-cell carcinoma",
        journal="N Engl J Med",
        year=2018,
        volume="378",
        issue="14",
        pages="1277-1290",
        doi="10.1056/NEJMoa1712126",
        pmcid="PMC5972549",
    ),
    Reference(
        key="rini2019_kn426",
        authors="Rini BI, Plimack ER, Stus V, et al.",
        title="Pembrolizumab plus axitinib versus sunitinib for advanced renal-cell carcinoma",
        journal="N Engl J Med",
        year=2019,
        volume="380",
        issue="12",
        pages="1116-1127",
        doi="10.1056/NEJMoa1816714",
        unconfirmed=("title",),
    ),
    Reference(
        key="choueiri2021_cm9er",
        authors="Choueiri TK, Powles T, Burotto M, et al.",
        title="Nivolumab plus cabozantinib versus sunitinib for advanced renal-cell carcinoma",
        journal="N Engl J Med",
        year=2021,
        volume="384",
        issue="9",
        pages="829-841",
        doi="10.1056/NEJMoa2026982",
        pmid="33657295",
        unconfirmed=("title",),
    ),
    Reference(
        key="motzer2021_clear",
        authors="Motzer R, Alekseev B, Rha SY, et al.",
        title="Lenvatinib plus pembrolizumab or everolimus for advanced renal cell carcinoma",
        journal="N Engl J Med",
        year=2021,
        volume="384",
        issue="14",
        pages="1289-1300",
        doi="10.1056/NEJMoa2035716",
        unconfirmed=("doi",),
    ),
    Reference(
        key="motzer2019_javelin",
        authors="Motzer RJ, Penkov K, Haanen J, et al.",
        title="Avelumab plus axitinib versus sunitinib for advanced renal-cell carcinoma",
        journal="N Engl J Med",
        year=2019,
        volume="380",
        issue="12",
        pages="1103-1115",
        doi="10.1056/NEJMoa1816047",
        pmid="30779531",
        pmcid="PMC6716603",
        unconfirmed=("title",),
    ),
    Reference(
        key="fallah2024_belzutifan",
        authors="Fallah J, et al.",
        title="FDA approval summary: belzutifan for patients with advanced renal cell carcinoma",
        journal="Clin Cancer Res",
        year=2024,
        volume="30",
        issue="22",
        pages="5003",
        unconfirmed=("title",),
    ),
    Reference(
        key="pmc9372304_review",
        authors="[authors not confirmed]",
        title="Review containing the table 'FDA-approved systemic therapies for the treatment of "
        "metastatic renal cell carcinoma'",
        journal="[journal not confirmed]",
        year=2022,
        pmcid="PMC9372304",
        unconfirmed=("authors", "title", "journal", "year"),
    ),
    Reference(
        key="bollen2015",
        authors="Bollen L, et al.",
        title="Molecular phenotype is associated with survival in breast cancer patients with "
        "spinal bone metastases",
        journal="Clin Exp Metastasis",
        year=2015,
        volume="32",
        issue="1",
        pages="1-5",
        doi="10.1007/s10585-014-9685-y",
        unconfirmed=("volume", "issue", "pages"),
    ),
    Reference(
        key="long2011_braf",
        authors="Long GV, Menzies AM, Nagrial AM, et al.",
        title="Prognostic and clinicopathologic associations of oncogenic BRAF in metastatic "
        "melanoma",
        journal="J Clin Oncol",
        year=2011,
        volume="29",
        issue="10",
        pages="1239-1246",
        unconfirmed=("pages",),
    ),
    Reference(
        key="park2021_egfr",
        authors="Park SC, et al.",
        title="The effect of adding biological factors to the decision-making process for "
        "spinal metastasis of non-small cell lung cancer",
        journal="J Clin Med",
        year=2021,
        volume="10",
        issue="5",
        pages="1119",
        doi="10.3390/jcm10051119",
        pmcid="PMC7962196",
    ),
    Reference(
        key="uei2018",
        authors="Uei H, Tokuhashi Y",
        title="Prognostic factors in patients with metastatic spine tumors derived from lung "
        "cancer: a novel scoring system for predicting life expectancy",
        journal="World J Surg Oncol",
        year=2018,
        volume="16",
        pages="131",
        doi="10.1186/s12957-018-1439-x",
        unconfirmed=("volume", "pages"),
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
    parts = [f"{ref.authors.rstrip('.')}. {ref.title}. {ref.journal} {ref.year}"]
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
