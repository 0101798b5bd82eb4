package dev.briefing.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A copy of bot-core's test fixture {@code NewsCorpus}: a generated news corpus, articles about
 * local projects from templates, with invented people, places, organisations and numbers. Article
 * {@code i} depends only on the seed and {@code i}, so any article can be regenerated alone.
 */
final class GeneratedNews {
  /** What an article is about, so that tests can ask about it. */
  public record Generated(
      int index,
      String text,
      String speaker,
      String speakerRole,
      String critic,
      String city,
      String project,
      int costMillions,
      int jobs) {}

  static final String[] FIRST =
      "Amara Bastian Carla Dmitri Esther Farid Greta Hugo Ilse Joaquin Kaito Leona Mateo Nadia Oskar Priya Quentin Rosa Soren Talia Umar Vera Wilhelm Yara Zoran Agnes Bram Celine Dario Elif Felix Gemma Henrik Ines Jakob Kira Lukas Mira Nils Olga Pavel Rhea Stefan Tessa Ulrich Viktor Wanda Ximena Yusuf Zelda"
          .split(" ");
  static final String[] SUR_A =
      "Bran Cal Dor Fen Gar Hal Kes Lor Mar Nor Pel Ros Sal Tor Val Wen Ard Bel Cor Dun Eck Fal Gil Hor Ist"
          .split(" ");
  static final String[] SUR_B = {"a", "e", "i", "o", ""};
  static final String[] SUR_C =
      "berg den ford ley mann ton wick sen ski ard ell ino ova well by".split(" ");
  static final String[] CITY_A =
      "Tar Mel Os Kir Bal Dra Vel Sor Lin Ham Ebb Quen Ravn Sten Ulm Wes Yor Zan Brek Hald"
          .split(" ");
  static final String[] CITY_B = {"a", "e", "i", "o", "", "en", "ar"};
  static final String[] CITY_C =
      "vik dale holm mouth field stad burg port ness ridge haven moor".split(" ");
  static final String[] PROJECTS = {
    "ferry terminal",
    "solar farm",
    "water treatment plant",
    "bus depot",
    "concert hall",
    "bridge",
    "stadium",
    "hospital wing",
    "recycling centre",
    "cycle lane network",
    "flood barrier",
    "wind park",
    "public library",
    "housing estate",
    "container port",
    "science museum",
    "ice rink",
    "tram depot",
    "data centre",
    "sports arena",
    "ring road",
    "cable car",
    "fish market",
    "bakery school",
    "airport runway",
    "marina",
    "art gallery",
    "heat pump plant",
    "rail tunnel",
    "botanical garden"
  };
  static final String[] ORGS = {
    "city council",
    "regional authority",
    "harbour board",
    "transport agency",
    "planning committee",
    "development fund",
    "county assembly",
    "energy cooperative"
  };
  static final String[] ROLES = {
    "chairman", "chairwoman", "director", "spokesperson", "treasurer", "chief engineer", "head"
  };
  static final String[] CRITIC_ROLES = {
    "economist", "lawyer", "researcher", "campaigner", "historian", "professor"
  };
  static final String[] CRITIC_ORGS = {
    "the local university",
    "a residents' association",
    "an environmental group",
    "a taxpayers' union",
    "a shipping firm",
    "a business lobby"
  };
  static final String[] QUOTES = {
    "This is the biggest investment our region has seen in a generation",
    "We listened to residents and changed the design twice",
    "The work will be finished on time and within budget",
    "Nobody should underestimate how much this matters for young families",
    "We expect the first visitors before the end of next year",
    "It will pay for itself within two decades",
    "Our engineers have checked every part of the plan",
    "The old site had become unsafe and too expensive to repair"
  };
  static final String[] WARNINGS = {
    "the costs could double before the work is done",
    "the plan ignores the needs of older residents",
    "the schedule is far too optimistic",
    "the project will damage a protected wetland",
    "local shops could lose customers during construction",
    "the money would be better spent on schools"
  };
  static final String[] CRITIC_QUOTES = {
    "I have seen too many projects like this go wrong",
    "The numbers simply do not add up",
    "Residents deserve a proper vote on this",
    "There are cheaper ways to reach the same goal"
  };
  static final String[] MONTHS =
      "January February March April May June July August September October November December"
          .split(" ");
  static final String[] DAYS = "Monday Tuesday Wednesday Thursday Friday".split(" ");

  private final long seed;
  private final boolean brief;

  /** Articles of 6 to 9 sentences. */
  GeneratedNews(long seed) {
    this(seed, false);
  }

  /** Brief articles (a headline and 4 sentences) are cheaper to analyze by the thousand. */
  GeneratedNews(long seed, boolean brief) {
    this.seed = seed;
    this.brief = brief;
  }

  /** Articles 0 to count - 1. */
  public List<Generated> articles(int count) {
    List<Generated> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(article(i));
    }
    return out;
  }

  public static String surname(Random r) {
    return SUR_A[r.nextInt(SUR_A.length)]
        + SUR_B[r.nextInt(SUR_B.length)]
        + SUR_C[r.nextInt(SUR_C.length)];
  }

  public static String person(Random r) {
    return FIRST[r.nextInt(FIRST.length)] + " " + surname(r);
  }

  static String city(Random r) {
    return CITY_A[r.nextInt(CITY_A.length)]
        + CITY_B[r.nextInt(CITY_B.length)]
        + CITY_C[r.nextInt(CITY_C.length)];
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  /** Article {@code i}. */
  public Generated article(int i) {
    Random r = new Random(seed * 1_000_003L + i);
    String speaker = person(r);
    String critic = person(r);
    String city = city(r);
    String project = pick(r, PROJECTS);
    String org = pick(r, ORGS);
    String role = pick(r, ROLES);
    int cost = 5 + r.nextInt(900);
    int jobs = 20 + r.nextInt(2000);
    String speakerLast = speaker.substring(speaker.indexOf(' ') + 1);
    String criticLast = critic.substring(critic.indexOf(' ') + 1);
    String currency = r.nextBoolean() ? "euros" : "dollars";
    String headline =
        capitalize(city)
            + " "
            + pick(r, new String[] {"approves", "backs", "unveils", "delays"})
            + " "
            + project
            + " plan";
    List<String> sentences = new ArrayList<>();
    sentences.add(
        "The "
            + org
            + " of "
            + city
            + " on "
            + pick(r, DAYS)
            + " approved plans for a new "
            + project
            + ", which is expected to cost "
            + cost
            + " million "
            + currency
            + ".");
    sentences.add(
        "“" + pick(r, QUOTES) + ",” said " + speaker + ", the " + role + " of the " + org + ".");
    sentences.add(
        "Construction is scheduled to begin in "
            + pick(r, MONTHS)
            + " "
            + (2025 + r.nextInt(4))
            + ", and the "
            + project
            + " should create about "
            + jobs
            + " jobs.");
    if (r.nextBoolean() && !brief) {
      sentences.add(
          "About "
              + (50 + r.nextInt(900))
              + " residents attended a public meeting on the plans in "
              + pick(r, MONTHS)
              + ".");
    }
    String told =
        speakerLast
            + " told reporters that the "
            + org
            + " had considered "
            + (2 + r.nextInt(6))
            + " other sites before choosing the current one.";
    if (!brief) {
      sentences.add(told);
    }
    sentences.add(
        critic
            + ", a "
            + pick(r, CRITIC_ROLES)
            + " at "
            + pick(r, CRITIC_ORGS)
            + ", warned that "
            + pick(r, WARNINGS)
            + ".");
    if (r.nextBoolean() && !brief) {
      sentences.add("“" + pick(r, CRITIC_QUOTES) + ",” " + criticLast + " said.");
    }
    String vote =
        "The "
            + org
            + " will vote on the final budget in "
            + pick(r, MONTHS)
            + ", and a second phase worth "
            + (1 + r.nextInt(90))
            + " million "
            + currency
            + " is under discussion.";
    if (!brief) {
      sentences.add(vote);
    }
    StringBuilder text = new StringBuilder(headline).append("\n\n");
    for (int s = 0; s < sentences.size(); s++) {
      text.append(sentences.get(s)).append(s % 2 == 1 ? "\n\n" : " ");
    }
    return new Generated(
        i, text.toString().strip() + "\n", speaker, role, critic, city, project, cost, jobs);
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
