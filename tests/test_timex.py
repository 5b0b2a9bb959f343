"""English time expressions and how events are dated from them, on short made-up articles."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import extract_text
from kg.segment import tokenize
from kg.timex import find_times

SUNDAY = dt.date(2022, 11, 6)


def dates(text: str, day: dt.date = SUNDAY) -> dict[str, str | None]:
    """Each event's trigger text with its date."""
    doc = extract_text(text, lang="en", date=day)
    return {e.trigger_text: e.date for e in doc.events}


@pytest.mark.parametrize("text,expected", [
    ("Tehran and Kyiv agreed two weeks ago", "2022-10"),
    ("after Tuesday's talks", "2022-11-01"),
    ("Russia attacked Kyiv overnight", "2022-11-06"),
    ("protests in Tbilisi this spring", "2022"),
    ("three days ago", "2022-11-03"),
    ("soon after midnight", "2022-11-06"),
])
def test_english_time_expressions(text, expected):
    (time,) = find_times([t.text for t in tokenize(text)], "en")
    assert time.resolve(SUNDAY) == expected


def test_a_count_after_an_event_moves_the_date_of_its_sentence():
    found = dates("Russia and Belarus began joint exercises on Friday, two days after Russian drones attacked Poland.")
    assert found == {"joint exercises": "2022-11-04", "attacked": "2022-11-02"}


def test_a_time_after_two_triggers_dates_the_earlier_one():
    found = dates("Later, Putin and Lukashenko held talks on Monday before they signed a pact with Iran on Tuesday.")
    assert found["held talks"] == "2022-10-31" and found["signed"] == "2022-11-01"


def test_an_event_without_a_time_of_its_own_is_undated_but_the_story_keeps_its_date():
    found = dates("Later, Zelensky visited Washington on Wednesday. Joe Biden praised Zelensky. "
                  "Hours later, Russia accused Ukraine of terrorism. Biden will visit Kyiv.")
    assert found == {"visited": "2022-11-02", "praised": None, "accused": "2022-11-02", "will visit": None}


def test_hours_later_takes_the_date_told_before():
    found = dates("Later, Iran said on Saturday it sent drones to Russia. Hours later, Zelensky accused Iran of lying.")
    assert found["accused"] == "2022-11-05"


def test_the_first_sentence_dates_all_its_events():
    found = dates("Donald Trump and Vladimir Putin failed to agree on a ceasefire after talks in Alaska, on Friday.")
    assert set(found.values()) == {"2022-11-04"}


def test_a_verb_of_the_same_clause_shares_its_time_and_a_where_clause_takes_the_one_before():
    found = dates("Later, Putin condemned Ukraine on Saturday and threatened Ukraine with revenge.")
    assert found["threatened"] == "2022-11-05"
    found = dates("Later, Kishida made an unannounced visit to Kyiv on Tuesday, where he met Zelensky.")
    assert found["met"] == "2022-11-01"


def test_a_time_after_a_long_trigger_is_measured_from_its_last_word():
    found = dates("Later, the International Criminal Court issued an arrest warrant for Putin on Friday over the alleged "
                  "deportation of children.")
    assert found["issued an arrest warrant"] == "2022-11-04"


def test_the_lede_does_not_date_its_events_by_a_relative_clause():
    found = dates("Mexico suspended relations with Ecuador on Friday after Ecuadorian police arrested former Vice "
                  "President Jorge Glas, who had been sheltering there since December.")
    assert found["suspended"] == found["arrested"] == "2022-11-04"


def test_a_plan_reported_on_a_day_is_not_dated_by_the_report():
    found = dates("Later, Josep Borrell said on Monday that the European Union would send aid to Ukraine.")
    assert list(found.values()) == [None]


@pytest.mark.parametrize("text,expected", [
    ("on Nov. 20, 2021, the talks began", "2021-11-20"),
    ("on Sept. 3 Russia attacked Kyiv", "2022-09-03"),
    ("last month's talks", "2022-10"),
    ("the year before the deal", "2021"),
])
def test_abbreviated_months_and_possessive_relatives(text, expected):
    times = find_times([t.text for t in tokenize(text)], "en")
    assert times and times[0].resolve(SUNDAY) == expected


def test_a_plans_time_carries_forward_to_a_later_plan_but_not_to_a_happening():
    found = dates("Later, Biden will host Macron on Thursday and will praise France.")
    assert found == {"will host": "2022-11-10", "praise": "2022-11-10"}
    found = dates("Later, Biden will meet Macron on Monday, and Biden praised France.")
    assert found == {"will meet": "2022-11-07", "praised": None}


def test_a_pledge_said_on_a_day_is_dated_by_the_saying():
    found = dates("Later, Biden spoke with Macron on Friday and pledged that America will help Ukraine.")
    assert found["pledged"] == "2022-11-04"


def test_anaphora_after_the_talks_on_the_eve_and_in_the_days_after():
    found = dates("Putin and Erdogan held talks in Sochi on Friday. After the talks, Erdogan praised Putin. "
                  "Demonstrators gathered outside the Russian embassy in Ankara on the eve of the summit. "
                  "Later, Nairobi blamed Mogadishu for a deadly raid on a border post on 22 October. "
                  "In the days after the raid, Kenya expelled Somali diplomats.")
    assert found == {"held talks": "2022-11-04", "praised": "2022-11-04", "gathered outside": "2022-11-03",
                     "blamed": None, "raid": "2022-10-22", "expelled": "2022-10"}


def test_a_day_told_beats_a_reference_to_the_summit():
    found = dates("Leaders gathered in Madrid for a summit on Tuesday. "
                  "On the summit's margins, Erdogan will meet Scholz later on Wednesday.")
    assert found["will meet"] == "2022-11-09"


def test_a_time_ahead_after_an_infinitive_dates_the_infinitive_not_the_invitation():
    found = dates("Putin met Xi on Monday. Xi invited Putin to visit Beijing later this year.")
    assert found == {"met": "2022-10-31", "invited": None}


def test_a_vague_time_keeps_another_events_time_away():
    found = dates("Putin met Xi on Monday. China sold Russia drones before Moscow invaded Ukraine, Chinese officials "
                  "said on Tuesday. Russia and Ukraine agreed two weeks ago to hold talks, but Ukraine had pulled out "
                  "at the last minute.")
    assert found == {"met": "2022-10-31", "sold": None, "invaded": None, "agreed": "2022-10", "pulled out at": None}


def test_a_perfect_a_reported_future_and_a_relative_clause_do_not_pass_a_time_on():
    found = dates("Putin met Xi on Monday. Poland closed its border with Belarus on Friday and has moved 40,000 troops "
                  "to the border. Rutte declared on Friday that the alliance would deploy extra troops to Poland. "
                  "Beijing said the naval exercises, which started on Tuesday, were a warning against Taiwanese "
                  "separatism.")
    assert found == {"met": "2022-10-31", "closed": "2022-11-04", "moved": None, "deploy": None, "warning": None}


def test_a_span_up_to_the_article_a_wall_and_a_past_perfect_after_a_saying():
    found = dates("Putin met Xi on Monday. Blinken said he had spoken with Indian and Pakistani officials over the past "
                  "48 hours. The sanctions had been blocked for weeks by Hungary, until Budapest lifted its veto last "
                  "week. On Saturday, Biden said that after talks with Macron he had decided to send tanks.")
    # "until Budapest lifted its veto last week": the week before the article's lies in October
    assert found == {"met": "2022-10-31", "spoken with": "2022-11", "blocked": None, "talks with": None,
                     "lifted": "2022-10"}


@pytest.mark.parametrize("text,expected", [
    ("in the past two days", "2022-11"),
    ("in the past two weeks", "2022"),
    ("over the last 24 hours", "2022-11"),
    ("two hours ago", "2022-11-06"),
])
def test_spans_and_hours(text, expected):
    (time,) = find_times([t.text for t in tokenize(text)], "en")
    assert time.resolve(SUNDAY) == expected


def test_during_a_visit_of_days_is_its_month_and_a_night_yields_to_a_later_mention_of_the_day():
    found = dates("Putin met Xi on Monday. Erdogan left Beijing on Friday at the end of a three-day visit during which "
                  "he and Xi pledged to deepen ties between their countries.")
    assert found["pledged"] == "2022-11"
    found = dates("Putin met Xi on Monday. Russia fired missiles at Ukraine overnight. Russia had launched drones at "
                  "Ukraine late on Saturday.")
    assert found["fired missiles"] == found["launched drones"] == "2022-11-05"
    assert dates("Putin met Xi on Monday. Russia fired missiles at Ukraine overnight.")["fired missiles"] == "2022-11-06"


def test_an_english_deadline_dates_no_event():
    found = dates("Putin met Xi on Monday. Serbia ordered the Croatian ambassador to leave the country until Sunday.")
    assert found == {"met": "2022-10-31", "ordered": None}



@pytest.mark.parametrize("text,expected", [
    ("Congress is expected to approve the aid before the end of the week", "2022-10"),
    ("Congress approved the aid at the end of the month", "2022-11"),
])
def test_the_end_of_a_period_is_that_period(text, expected):
    times = find_times([t.text for t in tokenize(text)], "en")
    assert [t.resolve(SUNDAY) for t in times] == [expected]


def test_a_time_far_after_an_event_is_not_its_own():
    found = dates("Putin met Xi on Monday. Protests by truckers in Canada, led by a group of farmers from the western "
                  "provinces, over the new fuel taxes prompted Ottawa to cut the taxes in April.")
    assert found == {"met": "2022-10-31", "Protests": None}


def test_a_shift_after_a_day_dates_the_happening_it_names_only():
    found = dates("Putin met Xi on Monday. Armenia shelled Azerbaijan on 12 October, two days after Azerbaijan attacked "
                  "Armenia, in what Yerevan called solidarity with Karabakh.")
    assert found == {"met": "2022-10-31", "shelled": "2022-10-12", "attacked": "2022-10-10",
                     "solidarity with": "2022-10-12"}


def test_a_day_just_ahead_is_this_years_only_when_it_starts_something():
    from kg.pipeline import extract_text
    for text, date in (("Krievija 10. februārī uzbruka Harkivai.", "2022-02-10"),
                       ("Igaunija pirmdien paziņoja, ka no 10. februāra pazeminās attiecību līmeni ar Krieviju.",
                        "2023-02-10")):
        doc = extract_text(text, lang="lv", date=dt.date(2023, 1, 20))
        assert [e.date for e in doc.events] == [date], text


def test_every_latvian_month_is_found_in_the_genitive():
    """"aprīļa" alternates l to ļ; every month's genitive after a day is a date."""
    genitives = ["janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta", "septembra",
                 "oktobra", "novembra", "decembra"]
    for number, word in enumerate(genitives, 1):
        found = find_times(["no", "2", ".", word], "lv")
        assert [(t.month, t.day) for t in found] == [(number, 2)], word


@pytest.mark.parametrize("lang,text,dates_", [
    ("en", "Putin met Xi on Monday. Three days after the meeting, Russia attacked Ukraine.", ["2025-08-11", "2025-08-14"]),
    ("en", "Putin met Xi on Monday. Two days later, Russia attacked Ukraine.", ["2025-08-11", "2025-08-13"]),
    ("en", "Russia attacked Ukraine on Friday, two days after Putin met Xi.", ["2025-08-15", "2025-08-13"]),
    ("lv", "Putins pirmdien tikās ar Sī Dzjiņpinu. Trīs dienas pēc tikšanās Krievija uzbruka Ukrainai.",
     ["2025-08-11", "2025-08-14"]),
    ("lv", "Putins pirmdien tikās ar Sī Dzjiņpinu. Divas dienas vēlāk Krievija uzbruka Ukrainai.",
     ["2025-08-11", "2025-08-13"]),
])
def test_days_after_count_from_the_happening_they_name(lang, text, dates_):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events] == dates_


def test_in_the_same_speech_takes_the_speechs_date():
    found = dates("Putin addressed the nation on Tuesday. In the same speech, Putin accused NATO of aggression.")
    assert found["accused"] == "2022-11-01"


def test_a_verbal_noun_after_after_takes_the_main_clauses_time_not_a_later_one():
    """"after accusing ..." continues the time line of the clause before it (May), never takes the year of the
    shelling told after it."""
    found = dates("Georgia left the pact in May, after accusing Russia of ignoring it when Russian troops shelled "
                  "Georgian villages in 2021.", dt.date(2025, 8, 15))
    assert found["accusing"] == "2025-05"
    assert found["shelled"] == "2021"
    assert dates("Kenya cut ties with Somalia on Tuesday after accusing it of meddling.",
                 dt.date(2025, 8, 15))["accusing"] == "2025-08-12"


def test_an_accused_act_takes_no_time_of_the_accusation():
    """The act blamed is dated only by a time of its own: the year told for the offensive and the accusation is not
    the year of the attack they blame."""
    doc = extract_text("The war began in May 2021, when Kenya launched an offensive against al-Shabaab after accusing "
                       "it of attacking army bases in Somalia.", lang="en", date=dt.date(2025, 8, 15))
    found = {(e.trigger_text, e.status): e.date for e in doc.events}
    assert found[("accusing", "occurred")] == "2021-05"
    assert found[("attacking", "alleged")] is None


def test_a_verbal_noun_after_while_stays_background():
    found = dates("Georgia expelled Russian diplomats in May, while accusing Russia of ignoring it.", dt.date(2025, 8, 15))
    assert found["expelled"] == "2025-05"
    assert found["accusing"] is None


@pytest.mark.parametrize("text,index,expected", [
    ("Oslo cut ties after a flood , a flood it blamed on Moscow .", 10, True),  # determiner, noun, pronoun, verb
    ("Oslo cut ties after a flood , and it blamed Moscow .", 10, False),
    ("Oslo cut ties after accusing Moscow of sabotage .", 4, False),  # a clause of sequence, same time line
    ("Oslo cut ties while accusing Moscow of sabotage .", 4, True),
    ("Oslo cut ties before accusing Moscow of sabotage .", 4, True),
    ("Oslo cut ties while Moscow was accusing it .", 7, False),  # a verb after its subject, not background
    ("At the summit they blamed Moscow .", 4, False),  # an opening adverbial, not a head noun
    ("Oslo cut ties over a flood it later blamed on Moscow .", 7, True),  # an adverb after the subject
    ("Lee was jailed in 2020 on fraud charges he always denied .", 10, True),  # a bare noun after a preposition
    ("Lee was jailed in 2020 on charges and he denied them .", 9, False),
])
def test_background_clauses_are_found_by_their_shape(text, index, expected):
    from kg.models import Event, Evidence
    from kg.timex import _background

    words = text.split()
    event = Event(type="ACCUSE", cameo="112", sentence=0, trigger=index, trigger_text=words[index],
                  evidence=Evidence(text=text, start=0, end=len(text)))
    assert _background(event, words, "en") is expected


def test_at_the_talks_takes_the_date_of_the_talks_told_before():
    found = dates("Japan and China held talks in Tokyo on Monday. Japan and China agreed at the talks to resume fishing.",
                  dt.date(2025, 8, 15))
    assert found["agreed"] == "2025-08-11"


def test_a_relative_clause_after_an_event_nouns_complement_dates_the_noun():
    """"embargo pret Baltkrieviju, kuru plānots ieviest nākamajā mēnesī": the time is the planned embargo's."""
    doc = extract_text("Lietuva gatavo jaunu embargo pret Baltkrieviju, kuru plānots ieviest nākamajā mēnesī.",
                       lang="lv", date=dt.date(2025, 8, 15))
    assert [(e.type, e.date) for e in doc.events] == [("SANCTION", "2025-09")]


def test_a_future_verb_reported_after_ka_is_not_dated_by_the_saying():
    """"paziņoja, ka X un Y izvietos": a plan the saying reports; "-tos" after a stem vowel is a future too."""
    doc = extract_text("Ungārijas premjerministrs pirmdien paziņoja, ka Ungārija un Serbija izvietos kopīgas "
                       "robežsardzes vienības.",
                       lang="lv", date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events] == [None]


def test_an_obligation_still_ahead_is_not_dated_by_the_saying():
    """"needs to sign" is ahead of the saying, like "will sign"."""
    found = dates("Serbia hosted Hungary on Sunday. Hungary said on Monday that Serbia needs to sign the gas deal "
                  "with Hungary.", dt.date(2025, 8, 15))
    assert found["hosted"] == "2025-08-10"
    assert found["sign"] is None


def test_a_shift_counts_from_the_date_told_before_it_not_a_later_one():
    found = dates("Putin met Xi on Saturday. Two days later, Erdogan, whose country chairs the group this year, "
                  "hosted Macron.")
    assert found == {"met": "2022-11-05", "hosted": "2022-11-07"}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Norway opened a new pipeline on Tuesday, built since 2019, and Russia attacked Ukraine the same day.",
     "2025-08-12"),
    ("en", "Peru and Chile met on Thursday. Peru had recalled its envoy from Caracas on Wednesday after a riot earlier "
           "that day injured four Peruvian guards, a riot it blamed on agents sent by Venezuela.", None),
    ("lv", "Norvēģija otrdien atvēra 2019. gadā sākto cauruļvadu, un Krievija tajā pašā dienā uzbruka Ukrainai.",
     "2025-08-12"),
])
def test_the_same_day_counts_from_the_day_told_before_it_in_its_sentence(lang, text, expected):
    """At the first sentence there is no story yet; a year told between names no day to count from; "earlier that
    day" dates the clause it stands in, not a background clause after it."""
    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events][-1] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ecuador and Peru agreed in Lima on Monday to end six days of the worst fighting along their border.",
     "2025-08"),
    ("en", "Ecuador and Peru signed a truce on Monday. The truce followed four days of heavy fighting between Ecuador "
           "and Peru.", "2025-08"),
    ("lv", "Ekvadora un Peru pirmdien noslēdza pamieru. Ekvadoras un Peru karaspēks sešas dienas ilgās kaujās cīnījās "
           "pie robežas.", "2025-08"),
])
def test_a_happening_counted_in_days_is_dated_by_its_month(lang, text, expected):
    """No one day told in its sentence, or before it, is the day of "six days of fighting"."""
    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events][-1] == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Ecuador and Peru agreed in Lima on Monday to end six days of the worst fighting along their border. "
           "The fighting erupted last Wednesday near a border post."),
    ("lv", "Ekvadora un Peru pirmdien noslēdza pamieru. Ekvadoras un Peru karaspēks sešas dienas ilgās kaujās cīnījās "
           "pie robežas. Kaujas sākās pagājušajā trešdienā pie robežposteņa."),
])
def test_a_later_sentence_about_a_told_happening_gives_it_its_day(lang, text):
    """A more specific time of a later mention wins over the month of the span ("kaujas", "kaujās" name one)."""
    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events] == ["2025-08-11", "2025-08-13"]


@pytest.mark.parametrize("text,expected", [
    ("Ecuador blamed Peru for an attack on 3 August in which rebels killed 12 soldiers.", None),
    ("Chile and Peru met on Friday. Ecuador blamed Peru for an attack on 3 August in which rebels killed 12 soldiers.",
     None),
    ("Ecuador blamed Peru for an attack on Tuesday.", "2025-08-12"),  # ending the sentence: the blame's time
])
def test_a_time_after_the_act_blamed_dates_that_act_not_the_blame(text, expected):
    assert dates(text, dt.date(2025, 8, 15))["blamed"] == expected


def lv_events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, lang="lv", date=dt.date(2025, 8, 15))
    return [(e.trigger_text, e.date, e.place.label if e.place else None) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # no statement told before: "paziņojumā" is "in a statement", a new one, with no date or place of its own
    ("Polija pirmdien Varšavā izraidīja Baltkrievijas vēstnieku. Baltkrievijas Ārlietu ministrija paziņojumā nosauca "
     "Poliju par agresoru.", ("nosauca", None, None)),
    # a statement told before: the statement's date
    ("Baltkrievija pirmdien publicēja paziņojumu par Poliju. Paziņojumā Baltkrievija nosauca Poliju par agresoru.",
     ("nosauca", "2025-08-11", None)),
    # "pēc tam" ("then") takes the date told before, not its place
    ("Polija pirmdien Varšavā izraidīja Baltkrievijas vēstnieku. Pēc tam Baltkrievija video paziņojumā nosauca Poliju "
     "par agresoru.", ("nosauca", "2025-08-11", None)),
    # "pēc tam, kad" is "after ... did": no time of its own
    ("Polija pirmdien izraidīja Baltkrievijas vēstnieku. Lietuva slēdza robežu ar Baltkrieviju pēc tam, kad "
     "Baltkrievijas droni ielidoja Lietuvā.", ("slēdza", None, None)),
])
def test_a_latvian_statement_or_then_takes_only_what_was_told_before(text, expected):
    assert lv_events(text)[-1] == expected


@pytest.mark.parametrize("text,expected", [
    # a conversation told before: the act told "in the conversation" is part of it
    ("Čīles un Peru ārlietu ministri pirmdien Santjago aizvadīja sarunu. Sarunā Čīle asi nosodīja Peru.",
     ("asi nosodīja", "2025-08-11", "Santiago")),
    # none told before: "sarunā" is just "in a conversation", with no date or place of its own
    ("Čīle pirmdien Santjago slēdza robežu ar Peru. Sarunā Peru asi nosodīja Čīli.", ("asi nosodīja", None, None)),
])
def test_a_short_latvian_happening_noun_takes_only_what_was_told_before(text, expected):
    assert lv_events(text)[-1] == expected


@pytest.mark.parametrize("text,expected", [
    ("Brazil hosted Chile on Monday. Chile then accused Peru of aggression.", "2025-08-11"),
    ("Brazil hosted Chile on Monday. Since then Chile accused Peru of aggression twice.", None),
])
def test_then_takes_the_date_told_before_but_since_then_does_not(text, expected):
    assert dates(text, dt.date(2025, 8, 15))["accused"] == expected


@pytest.mark.parametrize("lang,text,day,expected", [
    ("en", "over the weekend", dt.date(2025, 9, 1), "2025-08"),  # a Monday: the weekend just past
    ("en", "at the weekend", dt.date(2025, 6, 1), "2025"),  # Saturday 31 May and Sunday 1 June
    ("en", "last weekend", dt.date(2025, 8, 16), "2025-08"),
    ("lv", "nedēļas nogalē", dt.date(2025, 9, 1), "2025-08"),
    ("lv", "pagājušajā nedēļas nogalē", dt.date(2025, 6, 8), "2025"),  # on a Sunday: the weekend before
])
def test_a_weekend_is_dated_by_the_month_its_days_lie_in(lang, text, day, expected):
    (time,) = find_times([t.text for t in tokenize(text)], lang)
    assert time.resolve(day) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Brazil hosted Chile on Monday. The next day, Chile accused Peru of aggression.", "2025-08-12"),
    ("en", "Brazil hosted Chile on Monday. The day before, Chile accused Peru of aggression.", "2025-08-10"),
    ("en", "Chile accused Peru of aggression on Friday, the day after Brazil hosted Chile.", "2025-08-14"),
    ("lv", "Brazīlija pirmdien uzņēma Čīles prezidentu. Nākamajā dienā Čīle apsūdzēja Peru agresijā.", "2025-08-12"),
    ("lv", "Brazīlija pirmdien uzņēma Čīles prezidentu. Dienu iepriekš Čīle apsūdzēja Peru agresijā.", "2025-08-10"),
])
def test_the_next_day_and_the_day_before_count_from_the_date_told_before(lang, text, expected):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events][-1] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Sudan shelled Juba with 40 rockets overnight, the army of South Sudan said on Tuesday.", "2025-08-12"),
    ("en", "Sudan shelled Juba with 40 rockets overnight.", "2025-08-15"),
    ("lv", "Sudāna pagājušajā naktī uzbruka Dienvidsudānai ar 40 raķetēm, otrdien paziņoja Dienvidsudānas armija.",
     "2025-08-12"),
])
def test_a_night_just_past_ends_on_the_day_its_sentence_names(lang, text, expected):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events] == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "in mid-March", "2025-03"),
    ("en", "in late 2023", "2023"),
    ("en", "between 11 and 13 March", "2025-03"),
    ("en", "on 11 and 12 March", "2025-03"),
    ("en", "on 12 March", "2025-03-12"),
    ("lv", "11.–13. martā", "2025-03"),
    ("lv", "12. martā", "2025-03-12"),
])
def test_a_range_of_days_or_part_of_a_month_or_year_is_dated_by_the_month_or_year(lang, text, expected):
    (time,) = find_times([t.text for t in tokenize(text)], lang)
    assert time.resolve(dt.date(2025, 8, 15)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Brazil hosted Chile on 3 March. Later that month Chile accused Peru of aggression.", "2025-03"),
    ("en", "Brazil hosted Chile on 3 March 2023. The same year Chile accused Peru of aggression.", "2023"),
    ("lv", "Brazīlija 3. martā uzņēma Čīles prezidentu. Tajā pašā mēnesī Čīle apsūdzēja Peru agresijā.", "2025-03"),
])
def test_the_same_month_or_year_keeps_only_that_period_of_the_date_told_before(lang, text, expected):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events][-1] == expected


@pytest.mark.parametrize("lang,text,day,expected", [
    ("en", "at the start of the week", dt.date(2025, 8, 15), "2025-08"),
    ("en", "earlier in the week", dt.date(2025, 8, 15), "2025-08"),
    ("lv", "nedēļas sākumā", dt.date(2025, 8, 15), "2025-08"),
])
def test_a_part_of_this_week_is_this_week(lang, text, day, expected):
    (time,) = find_times([t.text for t in tokenize(text)], lang)
    assert time.resolve(day) == expected


@pytest.mark.parametrize("lang,text,day,expected", [
    ("en", "in recent days", dt.date(2025, 8, 15), "2025-08"),
    ("en", "over the past week", dt.date(2025, 8, 15), "2025-08"),
    ("en", "in recent weeks", dt.date(2025, 8, 5), "2025"),  # reaches back into July
    ("lv", "pēdējās dienās", dt.date(2025, 8, 15), "2025-08"),
    ("lv", "pēdējās nedēļās", dt.date(2025, 8, 5), "2025"),
])
def test_a_recent_span_told_without_a_number_is_dated_by_the_month_it_lies_in(lang, text, day, expected):
    (time,) = find_times([t.text for t in tokenize(text)], lang)
    assert time.resolve(day) == expected


def test_a_participle_describing_the_object_lends_its_time_to_no_other_event():
    """"the sanctions imposed on Peru in 2019": the year is the imposing's, not the lifting's."""
    found = dates("Brazil hosted Chile on Friday. Chile lifted the sanctions imposed on Peru in 2019.", dt.date(2025, 8, 15))
    assert found["lifted the sanctions"] is None and found["imposed"] == "2019"


def test_a_month_with_a_relative_year_after_it_is_that_year_s_month():
    day = dt.date(2023, 10, 4)
    assert dates("Chile recalled its ambassador from Peru in March last year.", day) == {"recalled": "2022-03"}
    assert dates("Chile recalled its ambassador from Peru on 2 May this year.", day) == {"recalled": "2023-05-02"}


def test_what_follows_has_since_is_dated_by_the_start_of_its_span():
    found = dates("Chile recalled its ambassador from Peru in May 2021, and it has since cut trade and expelled "
                  "Peruvian diplomats.", dt.date(2023, 10, 4))
    assert found["recalled"] == "2021-05"
    assert found["expelled"] == "2021-05"
    assert dates("Chile has since expelled Peruvian diplomats.", dt.date(2023, 10, 4))["expelled"] is None
    found = dates("Chile froze ties with Peru in May, after accusing it of meddling when Peruvian troops crossed the "
                  "border in 2021, and it has since expelled Peruvian diplomats.", dt.date(2023, 10, 4))
    assert found["expelled"] == "2023-05"  # the span begins with the main clause's act, not the aside's


def test_when_a_happening_began_is_the_first_day_told_of_it():
    found = extract_text(
        "Chilean troops attacked Peru on Monday. Peru shelled Chilean positions on Wednesday. "
        "When the fighting started, Chilean jets bombed a Peruvian airfield.",
        lang="en", date=dt.date(2024, 3, 8))
    assert [e.date for e in found.events] == ["2024-03-04", "2024-03-06", "2024-03-04"]


def test_a_state_going_on_when_reported_takes_the_time_of_the_saying_after_it():
    found = dates("The aid workers were detained in Kabul in May. Norway has been negotiating with the Taliban over "
                  "their release, the Norwegian foreign minister said on Thursday.")
    assert found["negotiating"] == "2022-11-03"


def test_at_the_same_session_takes_the_date_and_place_of_the_meeting_told_before():
    doc = extract_text(
        "Later, Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi on Tuesday. "
        "At the same session, Uganda imposed sanctions on South Sudan.",
        lang="en", date=dt.date(2025, 8, 15))
    assert [(e.type, e.date, e.place.key) for e in doc.events] == [
        ("CONSULT", "2025-08-12", "city/nairobi"), ("SANCTION", "2025-08-12", "city/nairobi")]


@pytest.mark.parametrize("text", [
    "Čīle otrdien izsludināja ārkārtas stāvokli. Pērn valsts eksports sasniedza 90 miljardus dolāru. "
    "Argentīna tajā pašā dienā apsūdzēja Čīli spiegošanā.",
    "Čīle otrdien izsludināja ārkārtas stāvokli. Argentīna vēl tajā pašā pēcpusdienā apsūdzēja Čīli "
    "spiegošanā.",
])
def test_the_same_day_or_afternoon_points_at_the_last_day_told_not_a_year_of_figures(text):
    doc = extract_text(text, lang="lv", date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events if e.type == "ACCUSE"] == ["2025-08-12"]


@pytest.mark.parametrize("text, lang, expected", [
    ("2021. gada maijā Čehija izraidīja 18 Krievijas diplomātus, un Krievija nākamajā mēnesī izraidīja 20 Čehijas "
     "diplomātus.", "lv", ["2021-05", "2021-06"]),
    ("In May 2021 Czechia expelled 18 Russian diplomats, and Russia expelled 20 Czech diplomats the following month.",
     "en", ["2021-05", "2021-06"]),
    ("Ministrs otrdien paziņoja, ka Čehija nākamajā mēnesī izraidīs Krievijas vēstnieku.", "lv", ["2025-09"]),
])
def test_the_next_month_after_a_past_month_told_counts_from_it(text, lang, expected):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events] == expected


def test_the_same_day_points_at_a_day_told_in_a_sentence_with_no_event():
    doc = extract_text("Čīle piektdien izsludināja ārkārtas stāvokli. Prezidents otrdien runāja parlamentā par "
                       "ekonomiku. Vēlētāji jūnijā viņu ievēlēja. Argentīna tajā pašā dienā apsūdzēja Čīli spiegošanā.",
                       lang="lv", date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events if e.type == "ACCUSE"] == ["2025-08-12"]


@pytest.mark.parametrize("text,expected", [
    ("Somija piektdien paziņoja, ka ir gatava apspriest ASV klātbūtni saskaņā ar 1994. gada aizsardzības līgumu.",
     "2025-08-15"),
    ("Gruzija saskaņā ar 2008. gada pamiera līgumu izveda karaspēku.", None),
    ("Gruzija 2008. gada augustā izveda karaspēku.", "2008-08"),
    ("Gruzija 2008. gada beigās izveda karaspēku.", "2008"),
])
def test_a_year_in_the_genitive_before_a_noun_names_a_thing_not_a_time(text, expected):
    doc = extract_text(text, lang="lv", date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events] == [expected]


def test_vienlaikus_takes_the_date_told_before():
    doc = extract_text("Kanāda otrdien izraidīja divus Ķīnas diplomātus. Vienlaikus Otava apsūdzēja Pekinu "
                       "spiegošanā.",
                       lang="lv", date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events if e.type == "ACCUSE"] == ["2025-08-12"]


def test_a_few_hours_later_takes_the_date_told_before():
    doc = extract_text("Armēnija otrdien slēdza robežu. Pēc dažām stundām Azerbaidžāna apsūdzēja Armēniju "
                       "provokācijā.",
                       lang="lv", date=dt.date(2025, 8, 15))
    assert [e.date for e in doc.events if e.type == "ACCUSE"] == ["2025-08-12"]


def test_a_sentence_opening_ta_ari_goes_on_with_the_act_told_before():
    doc = extract_text("Āfrikas Savienība otrdien Adisabebā pieņēma rezolūciju, kas nosoda Nigēras huntu. "
                       "Tā arī aicina huntu atbrīvot prezidentu.",
                       lang="lv", date=dt.date(2025, 8, 15))
    assert [(e.date, e.place.label if e.place else None) for e in doc.events if e.type == "REQUEST"] == [
        ("2025-08-12", "Addis Ababa")]


@pytest.mark.parametrize("text, trigger, expected", [
    ("Later, Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a peace treaty "
     "in Abu Dhabi on Wednesday. Guterres hosted the two leaders at the signing ceremony.",
     "hosted", ("2025-08-13", "city/abu-dhabi")),
    ("Later, Erdogan and Aliyev held talks in Baku on Tuesday. At the end of the talks, Aliyev invited Erdogan "
     "to visit Nakhchivan.", "invited", ("2025-08-12", "city/baku")),
    ("African Union leaders meeting in Addis Ababa on Thursday agreed to send peacekeepers to Somalia. "
     "Ruto met Museveni on the sidelines of the summit on Thursday evening.", "met", ("2025-08-14", "city/addis-ababa")),
])
def test_a_phrase_pointing_back_takes_the_date_and_place_of_the_happening_told_before(text, trigger, expected):
    """"at the signing ceremony", "at the end of the talks", "on the sidelines of the summit" (whose noun differs
    from the one that told the meeting)."""
    doc = extract_text(text, lang="en", date=dt.date(2025, 8, 15))
    assert [(e.date, e.place.key) for e in doc.events if e.trigger_text == trigger] == [expected]


def test_at_the_same_time_takes_the_date_told_before():
    doc = extract_text(
        "Later, Berlin agreed to deliver tanks to Lithuania on Thursday. At the same time Paris pledged air defence "
        "systems to Estonia.",
        lang="en", date=SUNDAY)
    assert [e.date for e in doc.events] == ["2022-11-03", "2022-11-03"]


def test_toreiz_points_at_the_happening_told_last():
    found = lv_events("Lietuva Baltkrievijas konsulātu slēdza jau 2023. gada maijā, bet Polija jau 2020. gadā izraidīja "
                      "10 Baltkrievijas diplomātus. Varšava toreiz pieprasīja, lai Minska samazina vēstniecības personālu.")
    assert found[-1] == ("pieprasīja", "2020", None)


@pytest.mark.parametrize("text, lang", [
    ("Somija un Igaunija otrdien Tallinā parakstīja aizsardzības līgumu, bet trešdien tajā pašā sanāksmē Somijas "
     "premjerministrs apsūdzēja Krieviju kiberuzbrukumos.", "lv"),
    ("Spain and Portugal signed a water treaty in Lisbon on Tuesday, and late on Wednesday, at the same summit, "
     "Portugal accused Morocco of smuggling.", "en"),
])
def test_a_reference_to_the_occasion_places_an_act_that_another_time_dates(text, lang):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    accusation = next(e for e in doc.events if e.type == "ACCUSE")
    assert accusation.date == "2025-03-12"
    assert accusation.place is not None and accusation.place.label in ("Tallinn", "Lisbon")


@pytest.mark.parametrize("text, lang", [
    ("Indijas premjerministrs Narendra Modi otrdien Kairā tikās ar Ēģiptes prezidentu Abdelu Fatahu Sisi. Tajā pašā "
     "dienā abas valstis parakstīja tirdzniecības līgumu, bet Turcija tajā pašā dienā apsūdzēja Izraēlu.", "lv"),
    ("Indian Prime Minister Narendra Modi met Egyptian President Abdel Fattah el-Sisi in Cairo on Tuesday. The same "
     "day, the two countries signed a trade agreement, while Turkey accused Israel of war crimes.", "en"),
])
def test_the_same_day_the_parties_of_a_meeting_act_where_they_met_and_others_nowhere_told(text, lang):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    deal = next(e for e in doc.events if e.type == "AGREE")
    blame = next(e for e in doc.events if e.type == "ACCUSE")
    assert deal.date == blame.date == "2025-03-11"
    assert deal.place is not None and deal.place.label == "Cairo"
    assert blame.place is None


@pytest.mark.parametrize("text, day", [
    ("Talks between Egypt and Ethiopia planned for Monday in Cairo will not go ahead, the Egyptian foreign ministry "
     "said.", "2025-03-17"),
    ("The summit of Brazil and Argentina scheduled for Tuesday was called off.", "2025-03-18"),
])
def test_a_plan_called_off_is_denied_and_keeps_its_coming_day(text, day):
    doc = extract_text(text, lang="en", date=dt.date(2025, 3, 14))
    talks = next(e for e in doc.events if e.type == "CONSULT")
    assert (talks.status, talks.date) == ("denied", day)


@pytest.mark.parametrize("text, lang", [
    ("Vjetnamas premjerministrs Fams Minhs Činhs trešdien Hanojā tikās ar Laosas premjerministru Sonesaju Sifandonu. "
     "Kopīgajā paziņojumā, kas publicēts piektdien, Vjetnama un Laosa aicināja Ķīnu ievērot starptautiskās tiesības.",
     "lv"),
    ("Vietnamese Prime Minister Pham Minh Chinh met Laotian Prime Minister Sonexay Siphandone in Hanoi on Wednesday. "
     "In a joint statement issued on Friday, Vietnam and Laos called on China to respect international law.", "en"),
])
def test_a_statement_dated_by_its_own_clause_takes_that_day_and_not_the_meetings_place(text, lang):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 15))
    call = next(e for e in doc.events if e.type == "REQUEST")
    assert (call.date, call.place) == ("2025-03-14", None)


@pytest.mark.parametrize("text, lang", [
    ("Francijas prezidents Emanuels Makrons otrdien Berlīnē tikās ar Vācijas kancleru Frīdrihu Mercu. Mercs sarunā "
     "apsūdzēja Krieviju sabotāžā.", "lv"),
    ("French President Emmanuel Macron met German Chancellor Friedrich Merz in Berlin on Tuesday. In the "
     "conversation, Merz accused Russia of sabotage.", "en"),
])
def test_in_the_talks_a_party_of_the_meeting_told_just_before_acts_at_it(text, lang):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    blame = next(e for e in doc.events if e.type == "ACCUSE")
    assert blame.date == "2025-03-11"
    assert blame.place is not None and blame.place.label == "Berlin"


@pytest.mark.parametrize("text,expected", [
    # "the same day" places only what the occasion's own parties do (see the Cairo test above), never in the land hit
    ("Krievija pirmdien uzbruka Ukrainai ar raķetēm. Polija tajā pašā dienā izraidīja Krievijas diplomātus.",
     ("izraidīja", "2025-08-11", None)),
    # a sentence opening "in the talks" is part of the talks told before
    ("Meksika un Kanāda pirmdien Otavā aizvadīja sarunas. Sarunās Meksika aicināja ASV atcelt tarifus.",
     ("aicināja", "2025-08-11", "Ottawa")),
])
def test_a_latvian_same_day_or_talks_goes_on_with_the_occasion_told_before(text, expected):
    assert lv_events(text)[-1] == expected


def test_a_denial_of_ones_part_in_an_act_has_the_date_of_that_act():
    doc = extract_text("Chile blamed Peru for a drone strike on Arica on 3 March. Lima denied any involvement.", lang="en",
                       date=dt.date(2025, 3, 14))
    assert [(e.status, e.date) for e in doc.events if e.type == "ASSAULT"] == [
        ("alleged", "2025-03-03"), ("denied", "2025-03-03")]


@pytest.mark.parametrize("opener", ["Within the hour", "Within an hour", "Within minutes"])
def test_within_the_hour_takes_the_day_told_before(opener):
    found = dates(f"Peru's president declared martial law late on Tuesday. {opener}, Chile expelled Peru's ambassador.")
    assert found["expelled"] == "2022-11-01"


@pytest.mark.parametrize("text,trigger,expected", [
    ("The Peruvian army said on Monday it had begun sending units to the border.", "sending", "2024-11-25"),
    ("Chile's defence ministry said on Monday it had started withdrawing troops from the border with Peru.",
     "withdrawing", "2024-11-25"),
    # a plain past perfect in the complement is an earlier happening the saying does not date
    ("Chile's defence ministry said on Monday it had withdrawn troops from the border with Peru.", "withdrawn", None),
])
def test_a_process_begun_and_going_on_when_said_takes_the_sayings_day(text, trigger, expected):
    found = dates("Chile and Peru signed a truce in Lima on Sunday. " + text, day=dt.date(2024, 11, 27))
    assert found[trigger] == expected


@pytest.mark.parametrize("second,trigger", [
    ("Iranian television said the Iranian army commander, Ali Rezaei, had been killed.", "had been killed"),
    ("The Iranian army commander, Ali Rezaei, was killed.", "was killed"),
])
def test_deaths_told_right_after_a_dated_strike_are_its_toll(second, trigger):
    doc = extract_text("Israeli jets struck Tehran on Friday. " + second, lang="en", date=dt.date(2025, 6, 14))
    toll = next(e for e in doc.events if e.trigger_text == trigger)
    assert (toll.date, toll.place.label) == ("2025-06-13", "Tehran")


def test_deaths_with_a_time_of_their_own_keep_it():
    doc = extract_text("Israeli jets struck Tehran on Friday. The Iranian army commander, Ali Rezaei, was killed in "
                       "March.", lang="en", date=dt.date(2025, 6, 14))
    assert next(e.date for e in doc.events if e.trigger_text == "was killed") == "2025-03"


@pytest.mark.parametrize("reference", ["in the attack", "during the assault", "in the shelling"])
def test_in_the_attack_is_part_of_the_attack_told_before(reference):
    found = dates("Azerbaijani troops attacked Armenian positions near Jermuk on Tuesday. Armenia's army said "
                  f"Azerbaijani forces had also shelled the town of Goris {reference}.", day=dt.date(2025, 3, 14))
    assert found["shelled"] == "2025-03-11"


def test_a_latvian_reference_to_the_attack_told_before_takes_its_day():
    doc = extract_text("Azerbaidžānas karaspēks otrdien uzbruka Armēnijas pozīcijām pie Džermukas. Armēnijas armija "
                       "paziņoja, ka uzbrukuma laikā Azerbaidžānas spēki apšaudījuši arī Gorisu.", lang="lv",
                       date=dt.date(2025, 3, 14))
    assert next(e.date for e in doc.events if e.trigger_text == "apšaudījuši") == "2025-03-11"


def test_a_latvian_attack_named_with_none_told_before_gives_no_date():
    doc = extract_text("Armēnijas armija paziņoja, ka uzbrukuma laikā Azerbaidžānas spēki apšaudījuši Gorisu.",
                       lang="lv", date=dt.date(2025, 3, 14))
    assert next(e.date for e in doc.events if e.trigger_text == "apšaudījuši") is None


@pytest.mark.parametrize("text,expected", [
    ("Peru expelled three Chilean diplomats in retaliation for the government's ban last week on two Peruvian newspapers, "
     "and summoned the Chilean ambassador.", {"expelled": None, "summoned": None}),
    ("Peru expelled three Chilean diplomats in response to the government's decision on Tuesday to close the "
     "border, and summoned the Chilean ambassador.", {"expelled": None, "summoned": None}),
])
def test_a_time_after_the_noun_of_a_reason_dates_that_noun_not_the_act(text, expected):
    """A possessive may stand inside the noun phrase, not for its determiner ("Article 4 of NATO's treaty on Monday")."""
    found = dates("Chile and Peru clashed over fishing rights on Monday. " + text, dt.date(2025, 3, 14))
    assert {k: found[k] for k in expected} == expected


@pytest.mark.parametrize("text,lang,trigger,expected", [
    ("Chile expelled two Peruvian diplomats on Monday. Lima retaliated on Wednesday. Peru's foreign ministry expelled "
     "three Chilean diplomats.", "en", "expelled", "2025-03-12"),
    ("Chile expelled two Peruvian diplomats on Monday. Lima responded the same day. Its foreign ministry said it was "
     "ordering three Chilean diplomats to leave Peru.", "en", "ordering", "2025-03-10"),
    # a time told in a sentence with no answer in it stays there
    ("Chile expelled two Peruvian diplomats on Monday. The border treaty dates back to 1929. Peru's foreign ministry "
     "expelled three Chilean diplomats.", "en", "expelled", None),
    ("Čīle pirmdien izraidīja divus Peru diplomātus. Lima atbildēja trešdien. Peru Ārlietu ministrija izraidīja trīs "
     "Čīles diplomātus.", "lv", "izraidīja", "2025-03-12"),
])
def test_a_sentence_that_only_tells_an_answer_and_its_time_dates_the_acts_told_next(text, lang, trigger, expected):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    assert [e.date for e in doc.events if e.trigger_text == trigger][-1] == expected


@pytest.mark.parametrize("text,lang,trigger", [
    ("Later, Kenyan police detained five Tanzanian journalists in Nairobi, accusing Tanzania of espionage.", "en",
     "accusing"),
    ("Later, the Kenyan president met Ugandan President Yoweri Museveni in Nairobi, and criticised Tanzania.", "en",
     "criticised"),
    ("Vēlāk Kenijas policija Nairobi aizturēja piecus Tanzānijas žurnālistus, apsūdzot Tanzāniju spiegošanā.", "lv",
     "apsūdzot"),
    ("Vēlāk Kenijas prezidents Viljams Ruto Nairobi tikās ar Ugandas prezidentu Jowerī Musevēni, taču kritizēja "
     "Tanzāniju.", "lv", "kritizēja"),
])
def test_a_clause_going_on_with_the_same_doer_keeps_the_place_of_the_act_before(text, lang, trigger):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    assert next(e.place.label for e in doc.events if e.trigger_text == trigger and e.place) == "Nairobi"


@pytest.mark.parametrize("text,trigger", [
    ("Later, Russian drones attacked Kyiv, and threatened Poland.", "threatened"),  # the target is no place of a threat
    ("Later, the Kenyan president met Yoweri Museveni in Nairobi, and Tanzania criticised Uganda.", "criticised"),
])
def test_an_attacks_target_or_a_clause_with_its_own_subject_takes_no_place_before(text, trigger):
    doc = extract_text(text, lang="en", date=dt.date(2025, 3, 14))
    assert [e.place for e in doc.events if e.trigger_text == trigger] == [None]


@pytest.mark.parametrize("text,lang,trigger", [
    ("In Nairobi on Monday, Kenyan police detained dozens of Tanzanian protesters, and Tanzania condemned Kenya.", "en",
     "condemned"),
    ("In Nairobi, Kenya's foreign minister met Yoweri Museveni, while Tanzania's envoy demanded that Kenya apologise.",
     "en", "demanded"),
])
def test_a_place_opening_the_sentence_before_its_subject_is_the_scene_of_all_its_acts(text, lang, trigger):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    assert [e.place.label if e.place else None for e in doc.events if e.trigger_text == trigger] == ["Nairobi"]


def test_a_latvian_place_in_the_locative_opening_the_sentence_is_its_scene():
    doc = extract_text("Pirmdien Kampalā Kenijas prezidents Viljams Ruto tikās ar Ugandas prezidentu Jowerī Musevēni, "
                       "un Tanzānija nosodīja Keniju.", lang="lv", date=dt.date(2025, 3, 14))
    assert [e.place.label if e.place else None for e in doc.events] == ["Kampala", "Kampala"]


@pytest.mark.parametrize("text,lang,trigger", [
    # the subject opening the sentence is no scene
    ("Pirmdien Kenija Nairobi izraidīja Ugandas vēstnieku, un Tanzānija nosodīja Keniju.", "lv", "nosodīja"),
    # what a saying reports may have happened elsewhere
    ("In Nairobi on Monday, Kenya's foreign minister met Yoweri Museveni and said that Tanzania had attacked Uganda.",
     "en", "attacked"),
])
def test_no_scene_for_a_subject_or_a_reported_act(text, lang, trigger):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    assert [e.place.label if e.place else None for e in doc.events if e.trigger_text == trigger] != ["Nairobi"]


@pytest.mark.parametrize("text,lang,expected", [
    ("ES ārlietu ministri pirmdien Luksemburgā vienojās noteikt sankcijas Irānai.", "lv", "Luxembourg City"),
    ("Iraq and Iran held talks in Kuwait on Monday.", "en", "Kuwait City"),
    # a deed in the field, or the state's own act, keeps the state
    ("Iraq attacked Kuwait on Monday.", "en", "Kuwait"),
    ("Kuwait signed a trade agreement with Iraq in Kuwait on Monday.", "en", "Kuwait"),
])
def test_a_meeting_of_others_in_a_state_named_like_its_seat_sits_in_the_seat(text, lang, expected):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    assert [e.place.label for e in doc.events] == [expected]


@pytest.mark.parametrize("text,lang,trigger", [
    ("Kenijas prezidents pirmdien apsūdzēja Ugandu uzbrukuma gatavošanā Kenijai.", "lv", "uzbrukuma"),
    ("Uganda uzsver, ka nekādus uzbrukumus Kenijai neplāno.", "lv", "uzbrukumus"),
    ("On Monday, Kenya's president accused Uganda of preparing an attack on Kenya.", "en", "attack"),
])
def test_an_attack_only_planned_or_prepared_has_no_place_or_date(text, lang, trigger):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    assert [(e.date, e.place) for e in doc.events if e.trigger_text == trigger] == [(None, None)]


def test_strikes_planned_before_and_launched_keep_their_target():
    doc = extract_text("On Monday, Uganda launched the strikes on Kenya that it had planned for weeks.", lang="en",
                       date=dt.date(2025, 3, 14))
    assert [(e.date, e.place.label) for e in doc.events] == [("2025-03-10", "Kenya")]


@pytest.mark.parametrize("text,lang,day,expected", [
    ("Russia launched a massive missile attack on Kharkiv on Christmas Day.", "en", dt.date(2024, 12, 27),
     "2024-12-25"),
    ("Moldova expelled two Russian diplomats on New Year's Eve.", "en", dt.date(2025, 1, 2), "2024-12-31"),
    ("Ukraina jaunā gada pirmajā rītā apturēja Krievijas gāzes tranzītu uz Moldovu.", "lv", dt.date(2025, 1, 3),
     "2025-01-01"),
    ("Krievija Ziemassvētku rītā uzbruka Harkivai.", "lv", dt.date(2024, 12, 27), "2024-12-25"),
])
def test_a_day_named_by_the_calendar_is_its_latest_date(text, lang, day, expected):
    doc = extract_text(text, lang=lang, date=day)
    assert [e.date for e in doc.events] == [expected]


def test_a_scene_of_talks_is_no_place_of_an_attack_without_a_target():
    doc = extract_text("In Nairobi on Monday, Kenya's president met Yoweri Museveni, while Tanzanian troops attacked "
                       "overnight.", lang="en", date=dt.date(2025, 3, 14))
    assert [e.place for e in doc.events if e.type == "ASSAULT"] == [None]


@pytest.mark.parametrize("opening", ["Only hours before that attack", "Hours before the attack"])
def test_hours_before_a_named_happening_take_its_day_even_in_the_past_perfect(opening):
    found = dates("Russian drones attacked Kyiv on Monday. On Wednesday, Poland expelled two Russian diplomats. "
                  f"{opening}, Ukrainian President Volodymyr Zelensky had met Polish President Andrzej Duda in Warsaw.",
                  day=dt.date(2025, 3, 14))
    assert found["met"] == "2025-03-10"


def test_a_past_perfect_reported_after_an_opening_time_stays_undated():
    found = dates("Russian drones attacked Kyiv on Monday. On Wednesday, Poland's foreign ministry said Russia had "
                  "expelled two Polish diplomats.", day=dt.date(2025, 3, 14))
    assert found["expelled"] is None


@pytest.mark.parametrize("text,trigger,expected", [
    ("Krievijas droni pirmdien uzbruka Kijivai. Trešdien Polija izraidīja divus Krievijas diplomātus. Dažas stundas "
     "pirms šī uzbrukuma Ukrainas prezidents Volodimirs Zelenskis Varšavā tikās ar Polijas prezidentu Andžeju Dudu.",
     "tikās", "2025-03-10"),
    ("Krievijas droni pirmdien uzbruka Kijivai. Dažu stundu laikā Polija izraidīja divus Krievijas diplomātus.",
     "izraidīja", "2025-03-10"),
])
def test_latvian_hours_before_a_named_attack_or_within_hours(text, trigger, expected):
    doc = extract_text(text, lang="lv", date=dt.date(2025, 3, 14))
    assert next(e.date for e in doc.events if e.trigger_text == trigger) == expected


@pytest.mark.parametrize("text,lang,trigger", [
    ("Later, Kenyan President William Ruto met Yoweri Museveni in Kampala, who praised Kenya's courage.", "en",
     "praised"),
    ("Later, Kenyan President William Ruto met Yoweri Museveni in Kampala, who promised Kenya more electricity.", "en",
     "promised"),
    ("Vēlāk Kenijas prezidents Viljams Ruto Kampalā tikās ar Jowerī Musevēni, kurš uzslavēja Kenijas drosmi.", "lv",
     "uzslavēja"),
])
def test_a_relative_clause_about_the_one_met_goes_on_with_the_meetings_place(text, lang, trigger):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    assert [e.place.label if e.place else None for e in doc.events if e.trigger_text == trigger] == ["Kampala"]


def test_deaths_told_at_another_place_are_no_toll_of_the_strike_before():
    doc = extract_text("Israeli jets struck Tehran on Friday. The Iranian army commander, Ali Rezaei, was killed in "
                       "Tabriz.", lang="en", date=dt.date(2025, 6, 14))
    assert [e.date for e in doc.events if e.trigger_text == "was killed"] == [None]


@pytest.mark.parametrize("text,lang,trigger", [
    # a joint act of the meeting's parties, even told before "after ... talks"
    ("Chilean President Gabriel Boric and Argentine President Javier Milei failed to agree on a border deal after "
     "five hours of talks in Santiago on Tuesday.", "en", "agree"),
    # the host's act told with a pronoun in the same sentence
    ("Chilean President Gabriel Boric will host Argentine President Javier Milei in Santiago on Thursday, and he will "
     "praise Argentina's reforms.", "en", "praise"),
    # the meeting told second takes the place of the act its parties did there
    ("Kenijas prezidents Viljams Ruto otrdien Kampalā tikās ar Ugandas prezidentu Jowerī Musevēni, un abi līderi "
     "parakstīja tirdzniecības līgumu.", "lv", "parakstīja"),
    # the day of a visit told just before
    ("Kenyan President William Ruto visited Kampala on Tuesday. On Tuesday Ruto also accused Tanzania of smuggling.",
     "en", "accused"),
    # the host of the visit
    ("Kenyan President William Ruto visited Kampala on Tuesday. On Tuesday Ugandan President Yoweri Museveni praised "
     "Kenya's aid.", "en", "praised"),
])
def test_acts_of_a_meetings_parties_that_day_take_its_place(text, lang, trigger):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    places = {e.trigger_text: e.place.label if e.place else None for e in doc.events}
    assert places[trigger] in ("Santiago", "Kampala"), places


@pytest.mark.parametrize("text,trigger", [
    # one party's own act after the talks may be done elsewhere
    ("Chilean President Gabriel Boric freed ten prisoners on Tuesday after talks in Santiago with Argentine President "
     "Javier Milei.", "freed"),
    # a reaction of others the same day
    ("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Tuesday, and Bolivia "
     "accused Chile of smuggling.", "accused"),
    # another day
    ("Kenyan President William Ruto visited Kampala on Tuesday. On Wednesday Ruto accused Tanzania of smuggling.",
     "accused"),
    # a third state's leader the same day
    ("Kenyan President William Ruto visited Kampala on Tuesday. On Tuesday Chinese President Xi Jinping criticised "
     "Kenya.", "criticised"),
])
def test_acts_of_others_or_after_the_talks_or_another_day_take_no_meetings_place(text, trigger):
    doc = extract_text(text, lang="en", date=dt.date(2025, 3, 14))
    assert [e.place for e in doc.events if e.trigger_text == trigger] == [None]


@pytest.mark.parametrize("text,lang,trigger", [
    ("Peru rejected Chile's demands on Monday. Peru also expelled two Chilean diplomats. After Peru's climbdown, "
     "Chilean President Gabriel Boric warned that Chile would close the border if Lima broke the deal.", "en", "warned"),
    ("Peru rejected Chile's demands on Monday. Following Peru's refusal, Chile recalled its ambassador from Lima.",
     "en", "recalled"),
    ("Peru pirmdien noraidīja Čīles prasības. Pēc Peru atteikuma Čīles prezidents Gabriels Boričs nosodīja Limu.", "lv",
     "nosodīja"),
    ("Peru pirmdien noraidīja Čīles prasības. Pēc Peru piekāpšanās Čīles prezidents Gabriels Boričs uzslavēja "
     "Limu.", "lv", "uzslavēja"),
])
def test_a_sentence_opened_by_a_sides_deed_takes_the_date_of_its_last_act(text, lang, trigger):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    assert [e.date for e in doc.events if e.trigger_text == trigger] == ["2025-03-10"]


@pytest.mark.parametrize("text,lang,trigger", [
    # "according to Peru's figures" names no deed
    ("Peru pirmdien noraidīja Čīles prasības. Pēc Peru datiem Čīle vēlāk slēdza robežu.", "lv", "slēdza"),
    # a deed of a kind that side was not told to do before
    ("Peru rejected Chile's demands on Monday. After Peru's invasion of Bolivia, Chile recalled its ambassador from "
     "Lima.", "en", "recalled"),
])
def test_no_deed_or_another_kind_of_deed_gives_no_date(text, lang, trigger):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    assert [e.date for e in doc.events if e.trigger_text == trigger] == [None]


@pytest.mark.parametrize("text,lang,trigger", [
    ("Kenyan police on Monday fired tear gas at protesters outside parliament in Nairobi, and police detained 40 "
     "protesters.", "en", "detained"),
    ("Pirmdien Kenijas policija pret protestētājiem Nairobi izmantoja asaru gāzi, un Iekšlietu ministrija paziņoja, ka "
     "aizturēti 40 cilvēki.", "lv", "aizturēti"),
])
def test_a_field_act_of_the_same_sides_that_day_shares_the_scene(text, lang, trigger):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    assert [e.place.label if e.place else None for e in doc.events if e.trigger_text == trigger] == ["Nairobi"]


def test_a_field_act_against_other_sides_keeps_no_place():
    doc = extract_text("Kenyan police on Monday fired tear gas at protesters outside parliament in Nairobi, and Kenya's "
                       "army detained two Somali journalists.", lang="en", date=dt.date(2025, 3, 14))
    assert [e.place for e in doc.events if e.trigger_text == "detained"] == [None]


def test_the_raid_retells_a_police_storming_told_before_and_takes_its_place():
    from kg.timex import _told_happening
    doc = extract_text("Venezuelan police forced their way into the Colombian embassy in Caracas on Friday and arrested "
                       "a Colombian diplomat. The Colombian ambassador, Pedro Ruiz, was thrown to the ground by police "
                       "during the raid.", lang="en", date=dt.date(2025, 3, 16))
    thrown = next(e for e in doc.events if e.trigger_text == "thrown to the ground")
    told = _told_happening("during the raid".split(), doc.events, thrown, "en")
    assert (told.type, told.place.label) == ("COERCE", "Caracas")
    assert (thrown.date, thrown.place.label) == ("2025-03-14", "Caracas")


@pytest.mark.parametrize("text,place", [
    ("Saudi and Emirati warplanes struck Houthi positions in Yemen on Tuesday, with support from Bahrain and Egypt.",
     "Yemen"),
    ("Early on Tuesday, Saudi Arabia and the United Arab Emirates struck Houthi targets in Yemen, with support from "
     "Bahrain and Egypt.", "Yemen"),
])
def test_support_for_an_attack_told_with_it_is_placed_where_the_attack_is(text, place):
    doc = extract_text(text, lang="en", date=dt.date(2025, 3, 14))
    assert [e.place.label if e.place else None for e in doc.events if e.type == "COOPERATE"] == [place]


@pytest.mark.parametrize("text,lang,trigger", [
    ("The army has ruled Mali since a coup in Bamako in August 2020. After the coup in Bamako, ECOWAS suspended Mali "
     "and imposed sanctions on the junta.", "en", "suspended"),
    ("Kopš apvērsuma Bamako 2020. gada augustā Mali pārvalda armija. Pēc apvērsuma Mali Rietumāfrikas valstu "
     "ekonomiskā kopiena apturēja Mali dalību.", "lv", "apturēja"),
])
def test_after_a_happening_at_a_place_takes_the_time_told_before_of_that_state(text, lang, trigger):
    doc = extract_text(text, lang=lang, date=dt.date(2024, 1, 29))
    assert [e.date for e in doc.events if e.trigger_text == trigger] == ["2020-08"]


def test_after_a_happening_at_a_place_keeps_the_sentences_own_time():
    doc = extract_text("The army has ruled Mali since a coup in Bamako in August 2020. After the coup in Bamako, "
                       "ECOWAS suspended Mali and imposed sanctions on the junta in March 2021.", lang="en",
                       date=dt.date(2024, 1, 29))
    assert [e.date for e in doc.events if e.trigger_text == "suspended"] == ["2021-03"]


def test_a_ceremony_whose_parties_are_all_named_as_hosted_takes_the_place_of_what_they_signed_there():
    from kg.timex import _place_of_parties_occasion
    doc = extract_text("Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed a border treaty in "
                       "Lima on Friday, at a ceremony hosted by Brazilian President Luiz Inácio Lula da Silva.",
                       lang="en", date=dt.date(2025, 3, 16))
    ceremony = next(e for e in doc.events if e.type == "CONSULT")
    ceremony.place = None
    ceremony.actors = [a.model_copy(update={"role": "recipient"}) for a in ceremony.actors]
    assert _place_of_parties_occasion(ceremony, doc).label == "Lima"


@pytest.mark.parametrize("text,lang,trigger", [
    ("Pirmdien Ņujorkā notika ANO Drošības padomes ārkārtas sēde; tajā Ukrainas vēstnieks Sergijs Kislicja aicināja "
     "padomi nosodīt Krieviju.", "lv", "aicināja"),
    ("Ukraina pieprasīja sasaukt ANO Drošības padomes sēdi, kas notika pirmdien Ņujorkā; tajā Ukrainas vēstnieks "
     "Sergijs Kislicja aicināja padomi nosodīt Krieviju.", "lv", "aicināja"),
    ("The UN Security Council held an emergency session in New York on Monday; at it, Ukraine's envoy Sergiy "
     "Kyslytsya urged the council to condemn Russia.", "en", "urged"),
    ("Kenyan President William Ruto held talks with Yoweri Museveni in Kampala on Monday, during which Ruto urged "
     "Uganda to reopen the border.", "en", "urged"),
    ("Kenijas prezidents Viljams Ruto pirmdien Kampalā tikās ar Jowerī Musevēni, un tur abi līderi parakstīja "
     "tirdzniecības līgumu.", "lv", "parakstīja"),
])
def test_a_clause_pointing_back_at_the_happening_told_is_done_at_it(text, lang, trigger):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    assert [(e.date, e.place.label if e.place else None) for e in doc.events if e.trigger_text == trigger] == [
        ("2025-03-10", "Kampala" if "Kampal" in text else "New York City")]


def test_a_visit_takes_the_one_town_of_the_visited_state_its_sentence_names_and_so_does_what_was_pledged_during_it():
    doc = extract_text("Indian Prime Minister Narendra Modi left Hanoi on Thursday at the end of a two-day state visit "
                       "during which he and Vietnamese President Vo Van Thuong pledged to expand defence ties.",
                       lang="en", date=dt.date(2025, 3, 14))
    assert [(e.type, e.place.label if e.place else None) for e in doc.events] == [
        ("CONSULT", "Hanoi"), ("AGREE", "Hanoi")]


@pytest.mark.parametrize("text,trigger", [
    ("Āfrikas Savienības līderi otrdien Nairobi pieņemtajā deklarācijā nosodīja Sudānas armiju.", "nosodīja"),
    ("Āfrikas Savienības līderi otrdien Nairobi pieņemtajā samita deklarācijā nosodīja Sudānas armiju, taču atteicās "
     "noteikt sankcijas.", "atteicās"),
])
def test_a_reference_whose_participle_names_a_town_places_the_act_there(text, trigger):
    doc = extract_text(text, lang="lv", date=dt.date(2025, 3, 14))
    assert [e.place.label if e.place else None for e in doc.events if e.trigger_text == trigger] == ["Nairobi"]


def test_the_town_where_the_next_sentence_retells_the_act_with_its_parties_is_its_place():
    doc = extract_text("Kenija un Uganda trešdien oficiāli iesniedza pieteikumus uzņemšanai Āfrikas Savienības drošības "
                       "padomē. Abu valstu vēstnieki dokumentus Adisabebā nodeva Āfrikas Savienības komisijas "
                       "priekšsēdētājam Musam Fakimam, kurš pieteikumus nosauca par vēsturisku soli.", lang="lv",
                       date=dt.date(2025, 3, 14))
    assert [(e.type, e.date, e.place.label if e.place else None) for e in doc.events] == [
        ("REQUEST", "2025-03-12", "Addis Ababa"), ("SUPPORT", "2025-03-12", "Addis Ababa")]


@pytest.mark.parametrize("text,lang", [
    ("Russia accused Ukraine of sabotage on Monday. In Kyiv, Ukrainian officials denied the claim.", "en"),
    # a saying in the town is no retelling of the act
    ("Kenija un Uganda trešdien atzina Somalilendas neatkarību. Televīzijas uzrunā Nairobi Kenijas prezidents sacīja, "
     "ka abas valstis rīkojās kopā.", "lv"),
])
def test_a_town_of_a_saying_or_another_act_in_the_next_sentence_does_not_place_the_act(text, lang):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 3, 14))
    assert [e.place for e in doc.events if e.sentence == 0] == [None]


def test_a_month_after_last_year_is_that_year_s_month():
    doc = extract_text("Last year Chile expelled two Peruvian diplomats in October.", lang="en", date=SUNDAY)
    assert [e.date for e in doc.events] == ["2021-10"]


def test_next_year_frames_a_month_told_after_it():
    doc = extract_text("Next year Chile will hold talks with Peru in March.", lang="en", date=SUNDAY)
    assert [e.date for e in doc.events] == ["2023-03"]


def test_a_comma_ends_the_frame_of_last_year():
    doc = extract_text("Last year, thousands rallied in Lima, and in June the bishop was arrested by Peruvian police.",
                       lang="en", date=SUNDAY)
    assert [e.date for e in doc.events] == ["2021", "2022-06"]


@pytest.mark.parametrize("text,trigger,expected", [
    ("Armenia and Azerbaijan agreed to a truce after the heaviest fighting since Baku retook the enclave in 2023, "
     "Moscow said on Saturday.", "agreed to", "2022-11-05"),
    ("Peru and Chile agreed to restore relations, broken off ever since Lima expelled the ambassador in 2019.",
     "agreed", None),
    ("Sudan and Chad signed a border accord, their first since the two governments fought a war in 2008.",
     "signed", None),
    ("Iran and Saudi Arabia held their first direct talks since relations were cut in 2016, officials said on Friday.",
     "direct talks", "2022-11-04"),
    ("Talks ended. Chad and Sudan agreed on a truce, their first since the two armies were drawn into war in 2023.",
     "agreed on", None),
])
def test_a_year_in_a_since_clause_with_its_own_verb_dates_only_that_clause(text, trigger, expected):
    assert dates(text)[trigger] == expected


def test_a_list_of_beginnings_after_since_dates_no_state():
    assert dates("Later, Peru and Chile have been barred from the bloc since coups in Lima in 2019, in Santiago in "
                 "2021 and in Quito last May.")["barred from"] is None
    assert dates("Later, Peru has been barred from the bloc since the coup in Lima in 2019.")["barred from"] == "2019"


def test_a_year_right_after_since_still_dates_the_state_it_begins():
    assert dates("Later, Venezuela has been under US sanctions since 2019.")["sanctions"] == "2019"
    assert dates("Later, the European Union has kept sanctions on Belarus since the coup in 2020.")["sanctions"] == "2020"
    assert dates("Sudan and Chad signed a border accord, their first since the two governments fought a war in "
                 "2008.")["fought"] == "2008"


@pytest.mark.parametrize("text,trigger,expected", [
    ("Talks ended. Lavrov said on Friday that Russia had offered a truce to Ukraine.", "offered", None),
    ("Talks ended. The Kenyan envoy told reporters after the meeting that Nairobi had demanded that Somalia "
     "withdraw.", "demanded", None),
    ("Talks ended. Lavrov said on Friday that Russia would offer a truce to Ukraine.", "offer", "2022-11-04"),
])
def test_an_act_of_saying_reported_in_the_past_perfect_was_done_before_the_saying(text, trigger, expected):
    assert dates(text)[trigger] == expected


def places(text: str, day: dt.date = SUNDAY) -> dict[str, str | None]:
    """Each event's trigger text with the label of its place."""
    doc = extract_text(text, lang="en", date=day)
    return {e.trigger_text: e.place.label if e.place else None for e in doc.events}


@pytest.mark.parametrize("text,trigger,expected", [
    ("Talks ended. On Friday, Malian troops attacked rebel positions in the Kidal region.", "attacked", "Kidal region"),
    ("Talks ended. On Friday, Afghan troops attacked Pakistani posts in the Kurram district.", "attacked",
     "Kurram district"),
    ("Talks ended. On Friday, Yemeni forces shelled Saudi positions in the southern Jizan Province.", "shelled",
     "Jizan Province"),
])
def test_a_region_the_gazetteer_lacks_is_known_by_its_region_noun(text, trigger, expected):
    assert places(text)[trigger] == expected


def test_a_region_noun_after_a_nationality_word_or_a_state_names_no_new_region():
    from kg.pipeline import extract_text as run
    doc = run("Talks ended. Sudanese troops attacked the Afghan province and Russia's Saratov region on Friday.",
              lang="en", date=SUNDAY)
    assert not [m for m in doc.mentions if m.entity.key.startswith("region/")]


@pytest.mark.parametrize("text,trigger,expected", [
    ("Talks ended. When the clashes began, Eritrean forces fired rockets into Ethiopian territory, one of which "
     "struck a school in Tigray province and killed several civilians.", "fired rockets", "Ethiopia"),
    ("Talks ended. On Monday Russia launched dozens of drones at Ukraine, some of which hit homes in Sumy region.",
     "launched", "Ukraine"),
])
def test_a_place_in_a_partitive_relative_clause_is_not_the_place_of_the_act_before_it(text, trigger, expected):
    assert places(text)[trigger] == expected


def test_a_verb_joined_on_with_and_later_takes_no_date_told_before_it():
    found = dates("Talks ended. The Ugandan reporter was detained by Rwandan police in Kigali in 2017 and later "
                  "sentenced to six years in prison.")
    assert found.get("sentenced", None) is None
    lv = extract_text("Sarunas beidzās. Žurnālists 2016. gadā tika aizturēts Teherānā un vēlāk notiesāts uz astoņiem "
                      "gadiem cietumā.", lang="lv", date=SUNDAY)
    assert {e.trigger_text: e.date for e in lv.events} == {"aizturēts": "2016", "notiesāts": None}


def test_and_later_that_day_still_takes_the_day_told_before():
    lv = extract_text("Sarunas beidzās. Serbija pirmdien atsauca savu vēstnieku un vēlāk tajā pašā dienā izraidīja "
                      "divus Horvātijas diplomātus.", lang="lv", date=SUNDAY)
    assert [e.date for e in lv.events if e.trigger_text == "izraidīja"] == ["2022-10-31"]


def _dated_and_placed(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = extract_text(text, lang="en", date=SUNDAY)
    return {e.trigger_text: (e.date, e.place.label if e.place else None) for e in doc.events}


@pytest.mark.parametrize("text,trigger,expected", [
    ("Serbia and Kosovo have agreed to an immediate ceasefire after a week of clashes along their border, the EU "
     "said on Sunday. The deal was reached in Geneva on Saturday in talks between the two foreign ministers.",
     "agreed to", ("2022-11-05", "Geneva")),
    ("Talks ended. Serbia and Kosovo signed an agreement, the EU said on Sunday. The agreement was signed in Geneva on "
     "Friday.", "signed", ("2022-11-04", "Geneva")),
    ("Serbia and Kosovo have agreed to a ceasefire, the EU said on Sunday. The deal, reached in Geneva on Saturday, "
     "ends a week of clashes.", "agreed to", ("2022-11-05", "Geneva")),
])
def test_a_later_mention_by_a_noun_of_its_kind_dates_and_places_a_happening_dated_only_by_its_report(
        text, trigger, expected):
    assert _dated_and_placed(text)[trigger] == expected


def test_a_later_mention_does_not_move_a_happening_that_has_its_own_day():
    found = _dated_and_placed("Talks ended. Serbia and Kosovo signed an agreement on Thursday, the EU said. "
                              "The agreement was published in Geneva on Friday.")
    assert found["signed"][0] == "2022-11-03"


def test_the_place_of_a_stretch_of_fighting_an_act_ends_is_not_the_place_of_an_act_after_it():
    found = places("Talks ended. The foreign ministers of Sudan and Chad signed a peace accord in Paris on Friday, "
                   "aimed at ending years of fighting in western Darfur, in a deal brokered by France.")
    assert found["signed"] == "Paris" and found["brokered by"] != "Darfur"


def test_the_same_city_is_the_last_city_named_as_a_place():
    found = places("Talks ended. On Monday Russian drones struck a hospital in Kharkiv. In March, Russian forces "
                   "attacked Ukrainian troops in the same city.")
    assert found == {"struck": "Kharkiv", "attacked": "Kharkiv"}
    lv = extract_text("Sarunas beidzās. Pirmdien Krievijas drons uzbruka slimnīcai Harkivā. Martā Krievijas spēki tajā "
                      "pašā pilsētā uzbruka Ukrainas karavīriem.", lang="lv", date=SUNDAY)
    assert [e.place.label if e.place else None for e in lv.events] == ["Kharkiv", "Kharkiv"]


def test_a_nationality_word_before_positions_struck_is_no_place_but_before_bases_or_territory_it_is():
    found = places("Talks ended. Two days later, Eritrean forces attacked Ethiopian border posts at several points "
                   "along the frontier, and Ethiopia hit back at Eritrean positions with artillery and air strikes.")
    assert found == {"attacked": None, "hit": None}
    assert places("Talks ended. On Monday, Eritrea said it had retaliated with strikes on Ethiopian military "
                  "bases.")["retaliated"] == "Ethiopia"
    assert places("Talks ended. On Monday, Eritrean forces fired rockets into Ethiopian territory.")["fired rockets"] \
        == "Ethiopia"
    assert places("Talks ended. On Monday, Eritrea launched a drone attack on Ethiopia.")["launched a drone attack"] \
        == "Ethiopia"


@pytest.mark.parametrize("text,trigger,expected", [
    ("Pakistāna un Indija vienojušās par pamieru pēc smagākajām kaujām kopš abas valstis 2019. gadā sadūrās "
     "gaisā, svētdien paziņoja Omānas ārlietu ministrija.", "vienojušās", "2022-11-06"),
    ("Armēnija un Azerbaidžāna vienojās par pamieru pēc smagākajām sadursmēm kopš Baku 2023. gadā atguva anklāvu.",
     "vienojās", None),
])
def test_a_year_in_a_kops_clause_with_a_past_verb_dates_only_that_clause(text, trigger, expected):
    doc = extract_text(text, lang="lv", date=SUNDAY)
    assert {e.trigger_text: e.date for e in doc.events}[trigger] == expected


def test_a_span_ahead_before_an_infinitive_is_the_infinitives_not_a_day_told_before():
    doc = extract_text("Sarunas beidzās. Otrdien Somija slēdza robežu. Lietuvas iekšlietu ministre brīdināja, ka arī "
                       "Lietuva ir gatava dažu stundu laikā slēgt savus robežpunktus ar Baltkrieviju.", lang="lv",
                       date=SUNDAY)
    assert [e.date for e in doc.events] == ["2022-11-01", None]


@pytest.mark.parametrize("text,expected", [
    ("Sarunas beidzās. Lietuva pirmdien apņēmās šā gada decembrī slēgt robežu ar Baltkrieviju.", "2022-10-31"),
    ("Sarunas beidzās. Lietuva apņēmās šā gada decembrī slēgt robežu ar Baltkrieviju.", None),
    ("Sarunas beidzās. Lietuva apņēmās nākamā gada martā slēgt robežu ar Baltkrieviju.", None),
])
def test_a_date_of_several_words_before_an_infinitive_is_the_infinitives(text, expected):
    doc = extract_text(text, lang="lv", date=SUNDAY)
    assert [e.date for e in doc.events] == [expected]


def test_a_date_of_several_words_spans_all_of_them():
    words = [t.text for t in tokenize("Krievija 2024. gada 3. maijā apmeklēs Ķīnu")]
    (time,) = find_times(words, "lv")
    assert words[time.index:time.index + time.size] == ["2024", ".", "gada", "3", ".", "maijā"]


@pytest.mark.parametrize("text,expected", [
    ("Talks ended. The foreign ministers of Sudan and Chad signed a peace accord in Paris on Friday, aimed at ending "
     "years of fighting in western Darfur, in a deal brokered by France.", "Paris"),
    ("Talks ended. Israeli and Hamas negotiators signed a ceasefire agreement in Cairo on Friday, in a deal mediated "
     "by Egypt and Qatar.", "Cairo"),
])
def test_a_mediation_told_after_the_deal_noun_shares_the_place_of_the_deal_it_brokered(text, expected):
    doc = extract_text(text, lang="en", date=SUNDAY)
    assert [e.place.label if e.place else None for e in doc.events if e.type == "CONSULT"] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Chinese coast guard ships rammed a Philippine boat near Scarborough Shoal on Sunday. Manila protested to Beijing"
     " over the incident in the South China Sea. In May, Chinese vessels rammed a Philippine patrol boat near the"
     " same reef.", "region/scarborough-shoal"),
    ("Ethiopian troops attacked rebels in Tigray Region on Monday. In March, Eritrean forces shelled villages in the"
     " same area.", "region/tigray-region"),
    ("Armenian forces shelled Azerbaijani positions in Tavush Province on Monday. Last year Azerbaijani troops attacked"
     " Armenian posts in the same border area.", "region/tavush-province"),
])
def test_the_same_reef_or_area_is_the_place_of_that_kind_named_before(text, expected):
    doc = extract_text(text, lang="en", date=dt.date(2024, 6, 19))
    assert doc.events[-1].place is not None and doc.events[-1].place.key == expected


@pytest.mark.parametrize("text,expected", [
    ("Kenya and Somalia held talks in Nairobi on Friday, which were brokered by Turkey.", "city/nairobi"),
    ("The ceasefire followed talks between Armenia and Azerbaijan in Geneva that were facilitated by Switzerland.",
     "city/geneva"),
])
def test_a_passive_mediation_in_a_relative_clause_shares_the_place_of_the_talks_it_follows(text, expected):
    doc = extract_text(text, lang="en", date=dt.date(2024, 3, 1))
    (mediation,) = [e for e in doc.events if e.cameo.startswith("04") and e.trigger_text.endswith(" by")]
    assert mediation.place is not None and mediation.place.key == expected


@pytest.mark.parametrize("later,expected", [
    ("The protesters, led by opposition leaders, are demanding the prime minister's resignation over the government's"
     " decision in March to suspend talks on joining the EU.", None),
    ("The demonstrators are angry about the ruling party's vote in February to curb foreign funding.", None),
    ("The protesters, led by opposition leaders, rallied again on Sunday.", "2024-06-09"),
])
def test_a_time_in_the_reason_of_a_happening_told_again_is_not_its_date(later, expected):
    text = "Georgia will hold a new vote as police clash with protesters in Tbilisi\n" + later
    doc = extract_text(text, lang="en", date=dt.date(2024, 6, 13))
    assert [e.date for e in doc.events if e.type == "PROTEST"][:1] == [expected]


@pytest.mark.parametrize("opener", ["In the statement,", "In their joint statement,", "In that statement,"])
def test_the_statement_named_back_dates_an_accusation_made_in_it(opener):
    text = ("Mali and Niger said on Sunday that they were leaving ECOWAS. " + opener
            + " Mali and Niger accused ECOWAS of imposing illegal sanctions.")
    found = {e.trigger_text: e.date for e in extract_text(text, lang="en", date=dt.date(2024, 1, 29)).events}
    assert found["accused"] == "2024-01-28"


def test_a_crowd_named_again_goes_on_with_its_happening_and_a_reason_keeps_its_own_time():
    def told(text: str) -> list[tuple[str, str | None, str | None]]:
        doc = extract_text(text, lang="en", date=dt.date(2025, 8, 15))
        return [(e.type, e.date, e.place and (e.place.wikidata or e.place.key)) for e in doc.events]
    before = "Later, riot police in Minsk fired tear gas at protesters on Sunday evening. "
    demand = "are demanding Lukashenko's resignation over his government's decision in May to close the border."
    assert told(before + "The protesters in Minsk " + demand)[1] == ("PROTEST", "2025-08-10", "city/minsk")
    assert told(before + "Elsewhere the protesters in Grodno " + demand)[1] == ("PROTEST", None, "city/grodno")


def test_a_saying_in_the_perfect_opens_a_line_the_time_before_does_not_date():
    text = ("Talks ended. Washington said on Monday that Iranian troops were helping Russian troops in Crimea, and US "
            "officials have warned that Tehran may also send missiles to Russia.")
    assert dates(text, dt.date(2025, 8, 15)) == {"helping": "2025-08-11", "send": None}
    assert dates(text.replace("have warned", "warned"), dt.date(2025, 8, 15))["send"] == "2025-08-11"



def test_a_protest_with_no_place_is_where_force_was_used_on_its_crowd_that_day():
    from kg.models import Argument, Article, Doc, Entity, Event, Evidence
    from kg.timex import _scene_of_crowd
    crowd = Entity(key="group/protesters-in-georgia", label="Protesters in Georgia", cls="Group")
    police = Entity(key="organisation/police-of-georgia", label="Police of Georgia", cls="Organisation")
    town = Entity(key="city/tbilisi", label="Tbilisi", cls="City")
    evidence = Evidence(text="x", start=0, end=1)

    def event(kind: str, actors: list[Argument], date: str, place: Entity | None = None) -> Event:
        return Event(type=kind, cameo="141", sentence=0, trigger=0, trigger_text="x", actors=actors, date=date,
                     place=place, evidence=evidence)
    protest = event("PROTEST", [Argument(role="actor", entity=crowd)], "2025-08-13")
    other_day = event("PROTEST", [Argument(role="actor", entity=crowd)], "2025-08-12")
    force = event("ASSAULT", [Argument(role="actor", entity=police), Argument(role="recipient", entity=crowd)],
                  "2025-08-13", town)
    doc = Doc(article=Article(name="t.lv.txt", title="", date=dt.date(2025, 8, 15), lang="lv", text=""),
              events=[protest, other_day, force])
    _scene_of_crowd(doc)
    assert protest.place == town and other_day.place is None


def test_a_joint_statement_of_the_sides_whose_saying_was_dated_just_before_is_that_saying():
    text = ("Talks ended. Mali and Niger said on Sunday that they were withdrawing from the African Union. In a joint "
            "statement, Mali and Niger accused the African Union of betraying its founders.")
    assert dates(text, dt.date(2025, 8, 15))["accused"] == "2025-08-10"
    assert dates(text.replace("In a joint statement", "Elsewhere"), dt.date(2025, 8, 15))["accused"] is None


def test_a_time_in_the_reason_after_an_act_is_the_reasons():
    """"rallied over the government's decision in May to cede ...": May dates the decision, not the rally."""
    found = dates("Peru recalled its ambassador from Chile on Monday. Peruvian protesters rallied over the "
                  "government's decision in May to cede two islands to Chile.", dt.date(2025, 8, 15))
    assert found["cede"] == "2025-05"
    assert found["rallied"] is None


@pytest.mark.parametrize("text,lang", [
    ("Soon after midnight , police sealed off the gates .", "en"),
    ("Drīz pēc pusnakts policija norobežoja vārtus .", "lv"),
])
def test_a_time_soon_after_midnight_is_the_day_it_begins(text, lang):
    (time,) = find_times(text.split(), lang)
    assert time.resolve(dt.date(2024, 12, 4)) == "2024-12-04"


@pytest.mark.parametrize("text,lang,trigger", [
    ("Chile and Peru held talks in Lima on Friday. Later, Boric negotiated with Castillo for much of the day.", "en",
     "negotiated"),
    ("Čīle un Peru piektdien Limā rīkoja sarunas. Vēlāk Čīles prezidents Boričs lielāko dienas daļu tikās ar Peru "
     "prezidentu Kastiljo.", "lv", "tikās"),
])
def test_much_of_the_day_is_the_day_told_before(text, lang, trigger):
    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 16))
    assert [e.date for e in doc.events if e.trigger_text.startswith(trigger)][-1] == "2025-08-15"


def test_an_ongoing_act_since_a_happening_is_dated_by_its_start():
    """"have fired rockets at Chile since the Chilean attack of 3 May": since X dates the act by X (gold-format)."""
    found = dates("Chile seized the port on Monday. Peruvian rebels have fired rockets at Chile since the Chilean "
                  "attack of 3 May.", dt.date(2025, 8, 15))
    assert found["fired rockets"] == "2025-05-03"


def test_an_event_noun_cited_as_a_reason_takes_no_time_of_the_act_citing_it():
    found = dates("Peru recalled its ambassador from Chile on Monday. Lima expelled Chilean diplomats in May 2024, "
                  "citing among other things Santiago's refusal to hand over the suspects.", dt.date(2025, 8, 15))
    assert found["expelled"] == "2024-05"
    assert found["refusal"] is None


@pytest.mark.parametrize("text,expected", [
    # the accusation's Friday does not date the accused strike, nor does it date the denial of that strike
    ("Zelenskis piektdien apsūdzēja Krieviju raķešu triecienā Odesai. Maskava šos apgalvojumus noliedza.",
     [("alleged", None), ("denied", None)]),
    # a time in the accused act's own phrase does
    ("Zelenskis piektdien apsūdzēja Krieviju ceturtdienas raķešu triecienā Odesai.", [("alleged", "2025-03-13")]),
    # a denial of no claim told is dated as the denial
    ("Ķīna pirmdien noliedza, ka tās karavīri piedalās karā Ukrainā.", [("denied", "2025-03-10")]),
])
def test_an_accused_act_is_dated_only_by_its_own_time(text, expected):
    doc = extract_text(text, lang="lv", date=dt.date(2025, 3, 14))
    assert [(e.status, e.date) for e in doc.events if e.type == "ASSAULT"] == expected


@pytest.mark.parametrize("text,expected", [
    # the perfect in the complement tells a sending before the confirming: Monday does not date it
    ("Krievija un Baltkrievija kļūst tuvākas. Baltkrievija pirmdien apstiprināja, ka ir nosūtījusi karavīrus uz Krieviju.",
     None),
    # the plain past in the complement is dated by the saying
    ("Krievija un Baltkrievija kļūst tuvākas. Baltkrievija pirmdien paziņoja, ka nosūtīja karavīrus uz Krieviju.",
     "2025-03-10"),
])
def test_a_latvian_perfect_in_a_complement_is_not_dated_by_the_saying(text, expected):
    doc = extract_text(text, lang="lv", date=dt.date(2025, 3, 14))
    assert [e.date for e in doc.events if e.type in ("AID", "MOBILIZE")] == [expected]


@pytest.mark.parametrize("text,kind,expected", [
    # "from Monday" is when the pledged truce would start, not when the readiness was stated
    ("Krievija uzbruka Kijivai. Zelenskis apliecināja, ka Ukraina ir gatava pamieram no pirmdienas.", "AGREE", None),
    # a measure taken from a day is dated by it
    ("Krievija uzbruka Kijivai. Somija no pirmdienas slēdza robežu ar Krieviju.", "COERCE", "2025-03-10"),
])
def test_a_time_from_which_a_pledge_would_start_does_not_date_the_pledge(text, kind, expected):
    doc = extract_text(text, lang="lv", date=dt.date(2025, 3, 14))
    assert [e.date for e in doc.events if e.type == kind] == [expected]


def test_an_act_under_a_deal_told_before_is_done_where_the_deal_was_not_where_its_content_says():
    found = places("Ethiopia and Eritrea signed a peace accord in Riyadh on Monday. Under the deal, Asmara "
                   "committed to lift its measures in Ethiopia within 90 days.")
    assert found["committed"] == "Riyadh"


def test_an_act_in_the_perfect_since_a_time_is_dated_by_the_start_of_its_span():
    found = dates("Houthi rebels have fired several drones and missiles at southern Israel since the Hamas attack of "
                  "7 October.", dt.date(2023, 11, 20))
    assert found["fired"] == "2023-10-07"
    assert dates("Houthi rebels fired several drones at southern Israel.", dt.date(2023, 11, 20))["fired"] is None
