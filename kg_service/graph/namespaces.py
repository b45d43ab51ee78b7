"""The namespaces of the graph. IRIs of units follow the contract: regulation IRI + '/' + eId."""
from rdflib import Namespace

REG_IRI = "https://w3id.org/bjsf/reg/bj-jjxf-2025-22"
REG = Namespace(REG_IRI + "/")
SFKG = Namespace("https://w3id.org/bjsf/ontology#")
SFID = Namespace("https://w3id.org/bjsf/id/")
SFSH = Namespace("https://w3id.org/bjsf/shapes#")
PROFILE = Namespace("https://w3id.org/bjsf/profile/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")

PREFIXES = {
    "reg": REG, "sfkg": SFKG, "sfid": SFID, "sfsh": SFSH, "profile": PROFILE, "eli": ELI,
}


def unit_iri(eid: str):
    return REG[eid]


def eid_of(iri) -> str | None:
    s = str(iri)
    return s[len(str(REG)):] if s.startswith(str(REG)) else None
