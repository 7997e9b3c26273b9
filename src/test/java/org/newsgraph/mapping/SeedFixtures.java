package org.newsgraph.mapping;

/** The seed article's event sentences, linked as the mention mapper would link them. */
final class SeedFixtures {

    private SeedFixtures() {
    }

    static ArticleFixture putinInPyongyang() {
        return ArticleFixture.article("putin-visits-pyongyang")
                .sentence("Putin begins historic visit to North Korea, strengthening ties with Kim Jong Un amid western pressure",
                        "Putin", "person/vladimir-putin", "North Korea", "country/north-korea", "Kim Jong Un", "person/kim-jong-un",
                        "western", "org/the-west")
                .sentence("Russian President Vladimir Putin has arrived in Pyongyang for a rare visit, engaging in talks with North Korean leader Kim Jong Un.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang",
                        "North Korean", "country/north-korea", "Kim Jong Un", "person/kim-jong-un")
                .sentence("The leaders aim to bolster bilateral ties as they face increasing Western criticism and stringent U.S.-led sanctions.",
                        "Western", "org/the-west", "U.S.", "country/united-states")
                .sentence("Russian President Vladimir Putin has embarked on a landmark visit to Pyongyang, marking his first trip to North Korea in 24 years.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang",
                        "North Korea", "country/north-korea")
                .sentence("This visit comes at a critical juncture as both Russia and North Korea face intensifying scrutiny and sanctions from the West, led by the United States.",
                        "Russia", "country/russia", "North Korea", "country/north-korea", "West", "org/the-west",
                        "United States", "country/united-states")
                .sentence("Putin’s meetings with North Korean leader Kim Jong Un aim to reinforce the burgeoning ties between the two nations, which share a common interest in countering Western influence and economic pressure.",
                        "Putin", "person/vladimir-putin", "North Korean", "country/north-korea", "Kim Jong Un", "person/kim-jong-un",
                        "Western", "org/the-west")
                .sentence("Upon his arrival, Putin was received with great ceremony, reflecting the significance of his visit for North Korea.",
                        "Putin", "person/vladimir-putin", "North Korea", "country/north-korea")
                .sentence("The two leaders are set to engage in comprehensive discussions focusing on political, economic, and military cooperation.")
                .sentence("One of the primary topics on the agenda is the enhancement of economic cooperation.")
                .sentence("North Korea, under stringent international sanctions due to its nuclear and missile programs, is in dire need of economic support.",
                        "North Korea", "country/north-korea")
                .sentence("Russia, on the other hand, faces economic sanctions from the West due to its actions in Ukraine and other geopolitical issues.",
                        "Russia", "country/russia", "West", "org/the-west", "Ukraine", "country/ukraine")
                .sentence("Both countries are looking to deepen their economic ties, potentially involving trade in energy, food, and technology sectors, which could provide much-needed relief and foster mutual economic growth.")
                .sentence("Military cooperation is another key area of discussion.")
                .sentence("Reports suggest that North Korea may be seeking advanced military technology from Russia, including missile systems and cyber capabilities.",
                        "North Korea", "country/north-korea", "Russia", "country/russia")
                .sentence("Such cooperation would be highly controversial, likely drawing sharp criticism from the international community.",
                        "international community", "org/international-community")
                .sentence("Putin’s visit comes amid heightened tensions on the Korean Peninsula, with ongoing concerns over North Korea’s nuclear ambitions and missile tests.",
                        "Putin", "person/vladimir-putin", "North Korea", "country/north-korea");
    }
}
