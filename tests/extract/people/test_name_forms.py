"""Names as news around the world writes them, on sentences written for these
tests: each person is one speaker under their full name, and listed once,
whatever particles, accents, hyphens, apostrophes or order the name has."""

from __future__ import annotations

import pytest

import newsdesk

CASES = [
    ("Eoin Ó Murchú", 'The Sinn Féin TD Eoin Ó Murchú said the figures were shameful. '
                      '"Children do not care about targets," Mr Ó Murchú said.'),
    ("Ciara Ní Bhriain", "Councillor Ciara Ní Bhriain said the plan would fail. "
                         "Ms Ní Bhriain added that residents had not been asked."),
    ("Chan Wai-ming", "Secretary for Security Chan Wai-ming said the law would be enforced. "
                      '"We will not hesitate," Chan said.'),
    ("Omar Al Hashimi", "Falak chief executive Omar Al Hashimi said the company would hire "
                        "220 people. Al Hashimi said most would be Emiratis."),
    ("Khalid bin Hamad Al Suwaidi", "Sheikh Khalid bin Hamad Al Suwaidi said the project was "
                                    'a milestone. "This is only the start," Sheikh Khalid said.'),
    ("Gabriel García Márquez", "Gabriel García Márquez said he wrote every morning. "
                               "García Márquez added that he never wrote at night."),
    ("Maria de la Cruz", "Mayor Maria de la Cruz said the bridge would reopen. "
                         "De la Cruz said repairs had cost $2 million."),
    ("Siobhan O'Sullivan", "Siobhan O'Sullivan said the ward was full. "
                           '"We had no beds," O\'Sullivan said.'),
    ("Rahul D'Souza", "Analyst Rahul D'Souza said the rupee would fall. "
                      "D'Souza said exporters would gain."),
    ("Oluwaseun Adebayo-Okafor", "Lagos commissioner Oluwaseun Adebayo-Okafor said the roads "
                                 "would be fixed. Adebayo-Okafor said work starts in May."),
    ("Pieter van der Berg", "Dutch minister Pieter van der Berg said the dikes were safe. "
                            "Van der Berg said funding would rise."),
    ("Nguyen Thi Lan", "Nguyen Thi Lan, a rice farmer, said the floods had ruined her crop. "
                       '"We lost everything," Lan said.'),
    ("Jean-Baptiste Mbeki", "Jean-Baptiste Mbeki, the former president, said the vote was "
                            "rigged. Mbeki said he would go to court."),
    ("Ngozi Okonjo-Iweala", "Dr Ngozi Okonjo-Iweala said trade would recover. "
                            "Dr Okonjo-Iweala said tariffs were the main risk."),
    ("Fiona MacLeary", "Fiona MacLeary said she would not apologise. "
                       '"I will not apologise," Ms MacLeary said.'),
    ("Rosli Mansor", "Trade Minister Datuk Seri Rosli Mansor said stocks were enough. "
                     "Rosli said enforcement officers had inspected 1,840 shops."),
]


@pytest.mark.parametrize(("name", "text"), CASES, ids=[name for name, _ in CASES])
def test_a_name_is_one_speaker_and_one_person(name: str, text: str) -> None:
    article = newsdesk.extract_text("Headline here\n" + text)
    assert [q["speaker_name"] for q in article.quotes] == [name, name]
    assert sorted({e["name"] for e in article.entities if e["label"] == "PERSON"}) == [name]
