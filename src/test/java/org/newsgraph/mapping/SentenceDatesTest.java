package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SentenceDatesTest {

    private static final LocalDate THURSDAY = LocalDate.of(2024, 6, 20);

    private static SentenceDates.Span span(String text, String trigger) {
        int begin = text.indexOf(trigger);
        return new SentenceDates.Span(begin, begin + trigger.length());
    }

    @Test
    void theDateNearestTheTriggerIsTheEventsDate() {
        String text = "After talks on Monday, the two leaders signed an agreement on Wednesday.";

        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "signed"))).contains(LocalDate.of(2024, 6, 19));
        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "talks"))).contains(LocalDate.of(2024, 6, 17));
    }

    @Test
    void withoutATriggerTheFirstExplicitDateIsTaken() {
        String text = "After talks on Monday, the two leaders signed an agreement on June 19.";

        assertThat(SentenceDates.resolve(text, THURSDAY)).contains(LocalDate.of(2024, 6, 19));
        assertThat(SentenceDates.resolve(text, THURSDAY, null)).contains(LocalDate.of(2024, 6, 19));
        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "talks"))).contains(LocalDate.of(2024, 6, 17));
    }

    @Test
    void theDatelinesDayGivesWayToTheDayTheSentenceStates() {
        String text = "CARACAS, Jun 20 (Reuters) - Venezuela recalled its ambassador on Wednesday, accusing Brazil of meddling.";

        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "recalled"))).contains(LocalDate.of(2024, 6, 19));
        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "accusing"))).contains(LocalDate.of(2024, 6, 19));
        assertThat(SentenceDates.resolve(text, THURSDAY)).contains(LocalDate.of(2024, 6, 19));
    }

    @Test
    void aDatelineWithoutAnotherDayStillDatesTheSentence() {
        String text = "LIMA, 20 Jun (EFE).- Peru recalled its ambassador, accusing Mexico of meddling.";

        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "recalled"))).contains(LocalDate.of(2024, 6, 20));
    }

    @Test
    void aPlaceAndDateOpeningAnOrdinarySentenceIsNoDateline() {
        String text = "BRUSSELS, the seat of the EU, on June 20 (a Thursday) hosted talks on Monday's agreement.";

        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "hosted"))).contains(LocalDate.of(2024, 6, 20));
    }

    @Test
    void anExpressionThatCannotBeResolvedGivesWayToTheNextNearest() {
        String text = "The ministers met on Tuesday, a week after the accord of June 4, 2024.";

        assertThat(SentenceDates.resolve(text, null, span(text, "met"))).contains(LocalDate.of(2024, 6, 4));
        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "met"))).contains(LocalDate.of(2024, 6, 18));
    }

    @Test
    void whatIsExpectedToBeDescribesAPastMeetingWhileIsExpectedToDatesItAhead() {
        String held = "Biden and Xi held what is expected to be their final meeting on Saturday.";
        String ahead = "The meeting is expected to be held on Saturday.";

        assertThat(SentenceDates.resolve(held, THURSDAY, span(held, "held"))).contains(LocalDate.of(2024, 6, 15));
        assertThat(SentenceDates.resolve(ahead, THURSDAY, span(ahead, "meeting"))).contains(LocalDate.of(2024, 6, 22));
    }

    @Test
    void aWeekdayRightAfterSaidIsTheDayOfSayingThoughWhatIsSaidIsAhead() {
        String said = "Israel said Sunday it will close its embassy in Ireland, accusing the Irish government of bias.";
        String saidOn = "Israel said on Sunday it will close its embassy, accusing Ireland of bias.";
        String ahead = "Israel said it will close its embassy on Sunday, accusing Ireland of bias.";

        assertThat(SentenceDates.resolve(said, THURSDAY, span(said, "accusing"))).contains(LocalDate.of(2024, 6, 16));
        assertThat(SentenceDates.resolve(saidOn, THURSDAY, span(saidOn, "accusing"))).contains(LocalDate.of(2024, 6, 16));
        assertThat(SentenceDates.resolve(ahead, THURSDAY, span(ahead, "accusing"))).contains(LocalDate.of(2024, 6, 23));
    }

    @Test
    void aSentenceWithoutADateHasNone() {
        String text = "The two leaders signed an agreement.";

        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "signed"))).isEmpty();
    }

    @Test
    void anEarlierYearOrMonthIsThePast() {
        assertThat(SentenceDates.past("The pact builds on Putin's state visit to Tashkent in May 2023.", THURSDAY)).isTrue();
        assertThat(SentenceDates.past("Orban travelled to Moscow in March to meet Putin.", THURSDAY)).isTrue();
        assertThat(SentenceDates.past("Putin arrived in Pyongyang, his first visit since 2000, on Tuesday 2024.", THURSDAY)).isFalse();
        assertThat(SentenceDates.past("Putin will travel to Beijing in March 2023, officials said.", THURSDAY)).isFalse();
        assertThat(SentenceDates.past("Orban travels to Moscow in October.", THURSDAY)).isFalse();
        assertThat(SentenceDates.past("Putin arrived in Pyongyang on Tuesday.", THURSDAY)).isFalse();
    }

    @Test
    void aTimeInARelativeClauseAboutAPersonDatesTheClauseNotTheMainVerb() {
        String talks = "Mahama, who took office two months ago, was received by Traore, and the two men held talks.";
        String clauseAct = "Traore, who met Mahama two months ago, thanked him.";
        String mainAct = "Mahama held talks with Traore two months ago.";

        assertThat(SentenceDates.past(talks, THURSDAY, span(talks, "held talks"))).isFalse();
        assertThat(SentenceDates.past(talks, THURSDAY)).as("without a trigger, the sentence's times all count").isTrue();
        assertThat(SentenceDates.past(clauseAct, THURSDAY, span(clauseAct, "met"))).isTrue();
        assertThat(SentenceDates.past(mainAct, THURSDAY, span(mainAct, "held talks"))).isTrue();
    }

    @Test
    void aMomentToldAsAtTheTimeIsThePastButTheTimeOfWritingIsNot() {
        assertThat(SentenceDates.past("Taiwan, which at the time of the break accused Honduras of blackmail, has 13 allies.", THURSDAY)).isTrue();
        assertThat(SentenceDates.past("Beijing condemned the visit at the time.", THURSDAY)).isTrue();
        assertThat(SentenceDates.past("At the time of writing, Beijing had not responded.", THURSDAY)).isFalse();
        assertThat(SentenceDates.past("At the same time, Beijing condemned the visit.", THURSDAY)).isFalse();
    }

    @Test
    void anActADayAfterTheTriggerMovesTheTriggersDateBack() {
        String after = "Putin was received by Kim on Thursday, a day after arriving in Pyongyang.";
        String twoBefore = "Putin met Kim on Monday, two days before flying to Hanoi.";
        String ownDate = "Putin was received by Kim on Thursday, a day after arriving in Pyongyang on Tuesday.";
        String plain = "Putin was received by Kim on Thursday after arriving in Pyongyang.";

        assertThat(SentenceDates.resolve(after, THURSDAY, span(after, "arriving in"))).contains(LocalDate.of(2024, 6, 19));
        assertThat(SentenceDates.resolve(twoBefore, THURSDAY, span(twoBefore, "flying"))).contains(LocalDate.of(2024, 6, 19));
        assertThat(SentenceDates.resolve(ownDate, THURSDAY, span(ownDate, "arriving in"))).contains(LocalDate.of(2024, 6, 18));
        assertThat(SentenceDates.resolve(plain, THURSDAY, span(plain, "arriving in"))).contains(LocalDate.of(2024, 6, 20));
    }

    @Test
    void lastYearOrYearsAgoIsThePast() {
        assertThat(SentenceDates.past("Erdogan's visit to Cairo in February last year was his first in 12 years.", THURSDAY)).isTrue();
        assertThat(SentenceDates.past("Putin last visited Pyongyang two years ago.", THURSDAY)).isTrue();
        assertThat(SentenceDates.past("Putin will visit Pyongyang, which he last saw two years ago.", THURSDAY)).isFalse();
        assertThat(SentenceDates.past("Putin visited Pyongyang for the first time in years.", THURSDAY)).isFalse();
    }

    @Test
    void lastMonthOrMonthsAgoIsThePastButLastWeekIsNot() {
        assertThat(SentenceDates.past("The dispute erupted last month when Putin accused Kyiv of sabotage.", THURSDAY)).isTrue();
        assertThat(SentenceDates.past("Putin last visited Pyongyang three months ago.", THURSDAY)).isTrue();
        assertThat(SentenceDates.past("Putin accused Kyiv of sabotage last week.", THURSDAY)).isFalse();
        assertThat(SentenceDates.past("Putin will visit Pyongyang, which he last saw two months ago.", THURSDAY)).isFalse();
    }

    @Test
    void aDateInARelativeClauseAfterTheTriggerDatesTheClauseNotTheAct() {
        String clause = "Ali accused Caracas of contempt for the court, which on Friday ordered Venezuela to refrain.";
        String own = "Ali accused Caracas on Monday of contempt for the court, which on Friday ordered Venezuela to refrain.";
        String restrictive = "Ali accused Caracas of contempt for the court on Friday.";

        assertThat(SentenceDates.resolve(clause, THURSDAY, span(clause, "accused"))).isEmpty();
        assertThat(SentenceDates.resolve(own, THURSDAY, span(own, "accused"))).contains(LocalDate.of(2024, 6, 17));
        assertThat(SentenceDates.resolve(restrictive, THURSDAY, span(restrictive, "accused"))).contains(LocalDate.of(2024, 6, 14));
    }

    @Test
    void aPeriodWithoutADayInTheTriggersClauseLeavesTheActUndatedButNotAcrossAComma() {
        String reported = "Officials held talks in Beijing last month on police training, a newspaper reported on Friday.";
        String tookOffice = "Orsi, who took office in March, landed in the Chinese capital on Sunday.";
        String sameClauseDay = "Officials held talks on Monday in Beijing, weeks after a visit last month.";

        assertThat(SentenceDates.resolve(reported, THURSDAY, span(reported, "held talks"))).isEmpty();
        assertThat(SentenceDates.resolve(tookOffice, THURSDAY, span(tookOffice, "landed in"))).contains(LocalDate.of(2024, 6, 16));
        assertThat(SentenceDates.resolve(sameClauseDay, THURSDAY, span(sameClauseDay, "held talks"))).contains(LocalDate.of(2024, 6, 17));
    }

    @Test
    void aPeriodToComeInTheTriggersClauseLeavesTheTripUndatedButNotADayOfItsOwn() {
        String announced = "Anwar Ibrahim will travel to Brazil next month, officials said on Wednesday.";
        String ownDay = "Anwar Ibrahim will travel to Brazil on Monday, weeks before a summit next month.";

        assertThat(SentenceDates.resolve(announced, THURSDAY, span(announced, "travel to"))).isEmpty();
        assertThat(SentenceDates.resolve(ownDay, THURSDAY, span(ownDay, "travel to"))).contains(LocalDate.of(2024, 6, 24));
    }

    @Test
    void aMonthOfAYearOrAYearInTheTriggersClauseLeavesTheActUndatedButADayOfTheMonthDatesIt() {
        String monthOfYear = "Macron, who was last in Brazil for a three-day state visit in March 2024, was due to fly back to Paris on Friday.";
        String year = "The field began exporting under an agreement the two countries signed in 2018, officials said on Friday.";
        String dayOfMonth = "Macron arrived in Brazil for a state visit on March 12, and flew back on Friday.";

        assertThat(SentenceDates.resolve(monthOfYear, THURSDAY, span(monthOfYear, "state visit"))).isEmpty();
        assertThat(SentenceDates.resolve(year, THURSDAY, span(year, "signed"))).isEmpty();
        assertThat(SentenceDates.resolve(dayOfMonth, THURSDAY, span(dayOfMonth, "state visit"))).contains(LocalDate.of(2024, 3, 12));
    }

    @Test
    void aMonthStillAheadToldInThePastTenseIsLastYears() {
        assertThat(SentenceDates.past("In December he accused Moscow of trying to hush up the downing of a jet.", THURSDAY)).isTrue();
        assertThat(SentenceDates.past("Orban travelled to Moscow in October.", THURSDAY)).isTrue();
        assertThat(SentenceDates.past("Orban said he would travel to Moscow in October.", THURSDAY)).isFalse();
        assertThat(SentenceDates.past("Orban announced talks planned in October.", THURSDAY)).isFalse();
        assertThat(SentenceDates.past("Orban travelled to Moscow in June.", THURSDAY)).isFalse();
    }
}
