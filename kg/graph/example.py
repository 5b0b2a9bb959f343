"""A tiny two-article dataset in the kg RDF model, for runnable examples in docstrings.

Six events among Russia, North Korea, Ukraine and the United States; the Russia–North Korea treaty is
reported by both articles (two sources), as the real extractor would produce it.
"""

from __future__ import annotations

from rdflib import Dataset

EXAMPLE_TRIG = """
@prefix kg: <https://kg.example.org/ontology#> .
@prefix plover: <https://kg.example.org/plover#> .
@prefix kgs: <https://kg.example.org/status#> .
@prefix e: <https://kg.example.org/id/entity/> .
@prefix org: <https://kg.example.org/id/entity/organisation/> .
@prefix ev: <https://kg.example.org/id/event/> .
@prefix art: <https://kg.example.org/id/article/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

art:a.lv {
  art:a.lv a kg:Article ; schema:headline "A" ; kg:file "a.lv.txt" ;
      schema:datePublished "2025-03-01"^^xsd:date ; schema:inLanguage "lv" .
  e:Q159 a kg:Country ; rdfs:label "Russia"@en ; kg:wikidata wd:Q159 .
  e:Q423 a kg:Country ; rdfs:label "North Korea"@en ; kg:wikidata wd:Q423 .
  e:Q212 a kg:Country ; rdfs:label "Ukraine"@en ; kg:wikidata wd:Q212 .
  e:Q3178 a kg:Region ; rdfs:label "Kursk Oblast"@en ; kg:wikidata wd:Q3178 .
  org:kcna a kg:Organisation ;
      rdfs:label "Korean Central News Agency"@en .
  ev:treaty a kg:Event ; rdfs:label "Russia & North Korea AGREE (2024)" ;
      kg:eventType plover:AGREE ; kg:cameo "057" ; kg:status kgs:occurred ; kg:date "2024"^^xsd:gYear ;
      kg:participant e:Q159 , e:Q423 ; kg:source org:kcna ;
      kg:mention <https://kg.example.org/id/article/a.lv/m/0-40> .
  <https://kg.example.org/id/article/a.lv/m/0-40> a kg:Mention ; kg:article art:a.lv ;
      kg:text "Moscow signed a treaty with Pyongyang." ; kg:start 0 ; kg:end 40 .
  ev:troops a kg:Event ; rdfs:label "North Korea AID Russia (2024)" ;
      kg:eventType plover:AID ; kg:cameo "072" ; kg:status kgs:occurred ; kg:date "2024"^^xsd:gYear ;
      kg:actor e:Q423 ; kg:recipient e:Q159 ; kg:place e:Q3178 ;
      kg:mention <https://kg.example.org/id/article/a.lv/m/41-90> .
  <https://kg.example.org/id/article/a.lv/m/41-90> a kg:Mention ; kg:article art:a.lv ;
      kg:text "North Korea sent troops to Kursk." ; kg:start 41 ; kg:end 90 .
  ev:incursion a kg:Event ; rdfs:label "Ukraine ASSAULT Russia (2024-08)" ;
      kg:eventType plover:ASSAULT ; kg:cameo "190" ; kg:status kgs:occurred ; kg:date "2024-08"^^xsd:gYearMonth ;
      kg:actor e:Q212 ; kg:recipient e:Q159 ; kg:place e:Q3178 ;
      kg:mention <https://kg.example.org/id/article/a.lv/m/91-130> .
  <https://kg.example.org/id/article/a.lv/m/91-130> a kg:Mention ; kg:article art:a.lv ;
      kg:text "Ukraine attacked Kursk in August." ; kg:start 91 ; kg:end 130 .
}

art:b.lv {
  art:b.lv a kg:Article ; schema:headline "B" ; kg:file "b.lv.txt" ;
      schema:datePublished "2025-07-10"^^xsd:date ; schema:inLanguage "lv" .
  e:Q159 a kg:Country ; rdfs:label "Russia"@en ; kg:wikidata wd:Q159 .
  e:Q423 a kg:Country ; rdfs:label "North Korea"@en ; kg:wikidata wd:Q423 .
  e:Q212 a kg:Country ; rdfs:label "Ukraine"@en ; kg:wikidata wd:Q212 .
  e:Q30 a kg:Country ; rdfs:label "United States"@en ; kg:wikidata wd:Q30 .
  org:the-guardian a kg:Organisation ; rdfs:label "The Guardian"@en .
  ev:treaty a kg:Event ; rdfs:label "Russia & North Korea AGREE (2024)" ;
      kg:eventType plover:AGREE ; kg:cameo "057" ; kg:status kgs:occurred ; kg:date "2024"^^xsd:gYear ;
      kg:participant e:Q159 , e:Q423 ; kg:source org:the-guardian ;
      kg:mention <https://kg.example.org/id/article/b.lv/m/0-50> .
  <https://kg.example.org/id/article/b.lv/m/0-50> a kg:Mention ; kg:article art:b.lv ;
      kg:text "Last year Moscow signed a treaty with Pyongyang." ; kg:start 0 ; kg:end 50 .
  ev:accuse a kg:Event ; rdfs:label "Ukraine ACCUSE North Korea (2025-07-09)" ;
      kg:eventType plover:ACCUSE ; kg:cameo "112" ; kg:status kgs:occurred ; kg:date "2025-07-09"^^xsd:date ;
      kg:actor e:Q212 ; kg:recipient e:Q423 ;
      kg:mention <https://kg.example.org/id/article/b.lv/m/51-99> .
  <https://kg.example.org/id/article/b.lv/m/51-99> a kg:Mention ; kg:article art:b.lv ;
      kg:text "Kyiv accused Pyongyang of arming Moscow." ; kg:start 51 ; kg:end 99 .
  ev:sanction a kg:Event ; rdfs:label "United States SANCTION North Korea" ;
      kg:eventType plover:SANCTION ; kg:cameo "163" ; kg:status kgs:planned ;
      kg:actor e:Q30 ; kg:recipient e:Q423 ;
      kg:mention <https://kg.example.org/id/article/b.lv/m/100-150> .
  <https://kg.example.org/id/article/b.lv/m/100-150> a kg:Mention ; kg:article art:b.lv ;
      kg:text "Washington will impose sanctions on Pyongyang." ; kg:start 100 ; kg:end 150 .
  ev:talks a kg:Event ; rdfs:label "United States & Russia CONSULT (2025-08-15)" ;
      kg:eventType plover:CONSULT ; kg:cameo "046" ; kg:status kgs:planned ; kg:date "2025-08-15"^^xsd:date ;
      kg:participant e:Q30 , e:Q159 ;
      kg:mention <https://kg.example.org/id/article/b.lv/m/151-200> .
  <https://kg.example.org/id/article/b.lv/m/151-200> a kg:Mention ; kg:article art:b.lv ;
      kg:text "Washington and Moscow will hold talks." ; kg:start 151 ; kg:end 200 .
}
"""


def example_dataset() -> Dataset:
    """The example as an rdflib Dataset (two named graphs)."""
    ds = Dataset()
    ds.parse(data=EXAMPLE_TRIG, format="trig")
    return ds
