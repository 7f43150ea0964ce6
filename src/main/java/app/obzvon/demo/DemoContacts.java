package app.obzvon.demo;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.NewContact;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * The fictional cold base: companies made up from word lists, the same on every run (fixed seed),
 * so a demo looks the same on every machine and in every test.
 */
final class DemoContacts {

    static final int COUNT = 300;
    private static final long SEED = 20_240_501L;

    /** A business category; the company-name endings hint at what the company does. */
    enum Category {
        PRODUCTION("Производство", "Production", 20,
                new String[] {"пром", "маш", "пласт", "металл"},
                new String[] {"Manufacturing", "Industries", "Metalworks", "Plastics"}),
        TRADE("Торговля", "Trade", 25,
                new String[] {"торг", "снаб", "трейд", "опт"},
                new String[] {"Trading", "Supply", "Distribution", "Wholesale"}),
        RETAIL("Розница", "Retail", 20,
                new String[] {"маркет", "торг"},
                new String[] {"Market", "Stores", "Goods", "Outlet"}),
        SERVICES("Услуги", "Services", 20,
                new String[] {"сервис", "консалт", "профи"},
                new String[] {"Services", "Consulting", "Solutions", "Cleaning"}),
        CONSTRUCTION("Строительство", "Construction", 15,
                new String[] {"строй", "монтаж", "проект"},
                new String[] {"Construction", "Builders", "Engineering", "Roofing"});

        private final String ru;
        private final String en;
        private final int weight;
        private final String[] ruEndings;
        private final String[] enWords;

        Category(String ru, String en, int weight, String[] ruEndings, String[] enWords) {
            this.ru = ru;
            this.en = en;
            this.weight = weight;
            this.ruEndings = ruEndings;
            this.enWords = enWords;
        }

        String label(boolean russian) {
            return russian ? ru : en;
        }
    }

    /** A city with its region, zone and landline codes, so a number always matches its city. */
    private record City(String ru, String en, String regionRu, String regionEn, String zone, int weight,
                        String... codes) {
    }

    private static final List<City> CITIES = List.of(
            new City("Москва", "Moscow", "Москва", "Moscow", "Europe/Moscow", 25, "495", "499"),
            new City("Санкт-Петербург", "Saint Petersburg", "Санкт-Петербург", "Saint Petersburg",
                    "Europe/Moscow", 15, "812"),
            new City("Казань", "Kazan", "Республика Татарстан", "Republic of Tatarstan", "Europe/Moscow", 8, "843"),
            new City("Самара", "Samara", "Самарская область", "Samara Oblast", "Europe/Samara", 8, "846"),
            new City("Екатеринбург", "Yekaterinburg", "Свердловская область", "Sverdlovsk Oblast",
                    "Asia/Yekaterinburg", 10, "343"),
            new City("Омск", "Omsk", "Омская область", "Omsk Oblast", "Asia/Omsk", 6, "3812"),
            new City("Новосибирск", "Novosibirsk", "Новосибирская область", "Novosibirsk Oblast",
                    "Asia/Novosibirsk", 10, "383"),
            new City("Красноярск", "Krasnoyarsk", "Красноярский край", "Krasnoyarsk Krai",
                    "Asia/Krasnoyarsk", 7, "391"),
            new City("Иркутск", "Irkutsk", "Иркутская область", "Irkutsk Oblast", "Asia/Irkutsk", 5, "3952"),
            new City("Владивосток", "Vladivostok", "Приморский край", "Primorsky Krai", "Asia/Vladivostok", 6, "423"));

    // Russian names agree in gender: adjectives come as {masculine, feminine, neuter}.
    private static final String[][] RU_ADJECTIVES = {
            {"Северный", "Северная", "Северное"}, {"Тихий", "Тихая", "Тихое"}, {"Золотой", "Золотая", "Золотое"},
            {"Белый", "Белая", "Белое"}, {"Зелёный", "Зелёная", "Зелёное"}, {"Новый", "Новая", "Новое"},
            {"Верный", "Верная", "Верное"}, {"Ясный", "Ясная", "Ясное"}, {"Синий", "Синяя", "Синее"},
            {"Старый", "Старая", "Старое"}, {"Лесной", "Лесная", "Лесное"}, {"Речной", "Речная", "Речное"},
            {"Степной", "Степная", "Степное"}, {"Горный", "Горная", "Горное"}, {"Быстрый", "Быстрая", "Быстрое"}};
    private static final String[][] RU_NOUNS = {
            {"ветер", "берег", "мост", "парус", "маяк", "кедр", "родник"},
            {"звезда", "гавань", "линия", "долина", "вершина", "пристань", "роща"},
            {"поле", "озеро", "крыло", "утро", "русло"}};
    private static final String[] RU_ROOTS = {
            "Альфа", "Вега", "Гранит", "Кедр", "Меридиан", "Орион", "Сигма", "Прима", "Вектор", "Лазурит"};
    // Male first names with the patronymics they give: {name, son's, daughter's}.
    private static final String[][] RU_MALE = {
            {"Андрей", "Андреевич", "Андреевна"}, {"Сергей", "Сергеевич", "Сергеевна"},
            {"Алексей", "Алексеевич", "Алексеевна"}, {"Дмитрий", "Дмитриевич", "Дмитриевна"},
            {"Михаил", "Михайлович", "Михайловна"}, {"Игорь", "Игоревич", "Игоревна"},
            {"Павел", "Павлович", "Павловна"}, {"Николай", "Николаевич", "Николаевна"},
            {"Олег", "Олегович", "Олеговна"}, {"Владимир", "Владимирович", "Владимировна"},
            {"Юрий", "Юрьевич", "Юрьевна"}, {"Константин", "Константинович", "Константиновна"},
            {"Виктор", "Викторович", "Викторовна"}, {"Роман", "Романович", "Романовна"}};
    private static final String[] RU_FEMALE = {
            "Анна", "Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Марина", "Светлана", "Юлия", "Екатерина",
            "Оксана", "Вера"};
    // Masculine forms; the feminine one is derived (-ов → -ова, -ский → -ская).
    private static final String[] RU_SURNAMES = {
            "Ковалёв", "Смирнов", "Лебедев", "Соколов", "Морозов", "Волков", "Зайцев", "Павлов", "Семёнов",
            "Голубев", "Виноградов", "Богданов", "Воробьёв", "Фёдоров", "Беляев", "Тарасов", "Белов", "Комаров",
            "Орлов", "Киселёв", "Макаров", "Андреев", "Ильин", "Гусев", "Титов", "Кузьмин", "Кудрявцев", "Баранов",
            "Куликов", "Алексеев", "Степанов", "Яковлев", "Сорокин", "Лесницкий", "Крылов", "Медведев", "Ершов",
            "Никитин", "Соболев", "Рябов", "Поляков", "Цветков", "Данилов", "Жуков", "Фролов", "Журавлёв"};

    private static final String[] EN_FIRST_WORDS = {
            "Silver", "Blue", "North", "Granite", "Maple", "Red", "Cedar", "Iron", "Bright", "Stone", "Oak", "Pine",
            "Clear", "Summit", "River", "Golden"};
    private static final String[] EN_SECOND_WORDS = {
            "Birch", "Harbor", "Ridge", "Field", "Creek", "Hill", "Valley", "Point", "Bridge", "Gate", "Lake",
            "Meadow"};
    private static final String[] EN_MALE = {
            "James", "Daniel", "Michael", "Robert", "Thomas", "Andrew", "Peter", "Mark", "Steven", "Paul", "George",
            "Henry", "Oliver", "Samuel"};
    private static final String[] EN_FEMALE = {
            "Emily", "Sarah", "Laura", "Anna", "Rachel", "Helen", "Kate", "Megan", "Claire", "Julia", "Lucy", "Grace"};
    private static final String[] EN_SURNAMES = {
            "Carter", "Harper", "Bennett", "Fletcher", "Morgan", "Hayes", "Turner", "Parker", "Foster", "Griffin",
            "Walsh", "Porter", "Sutton", "Barlow", "Whitman", "Ashford", "Colby", "Dalton", "Everett", "Hollis",
            "Kendall", "Lowell", "Mercer", "Prescott", "Radley", "Sheldon", "Thornton", "Wexley"};

    /** The size mix of a typical cold base: mostly small firms, a few that are not our profile. */
    private static final Map<CompanySize, Integer> SIZE_WEIGHTS = new EnumMap<>(Map.of(
            CompanySize.LARGE, 12, CompanySize.MEDIUM, 28, CompanySize.SMALL, 55, CompanySize.NON_PROFILE, 5));
    private static final List<CompanySize> SIZES = List.copyOf(SIZE_WEIGHTS.keySet());
    private static final List<Category> CATEGORIES = List.of(Category.values());

    private DemoContacts() {
    }

    static List<NewContact> generate(boolean russian) {
        var random = new Random(SEED);
        var names = new HashSet<String>();
        var contacts = new ArrayList<NewContact>(COUNT);
        while (contacts.size() < COUNT) {
            var city = pick(random, CITIES, City::weight);
            var category = pick(random, CATEGORIES, c -> c.weight);
            var size = pick(random, SIZES, SIZE_WEIGHTS::get);
            var person = russian ? russianPerson(random) : englishPerson(random);
            // Sole traders are small firms named after their owner, who is also the one to talk to.
            boolean soleTrader = size == CompanySize.SMALL && random.nextInt(3) == 0;
            String company;
            if (soleTrader) {
                company = russian ? "ИП " + person.withInitials()
                        : person.last() + " " + pick(random, category.enWords);
            } else {
                company = russian ? russianCompany(category, size, random) : englishCompany(category, size, random);
            }
            if (!names.add(company)) {
                continue;
            }
            var phones = new ArrayList<String>();
            // Only landlines: every Russian mobile code is in use, so a made-up mobile could ring a real person.
            phones.add(landline(city, random));
            if (!soleTrader && random.nextInt(3) == 0) {
                phones.add(landline(city, random));
            }
            contacts.add(new NewContact(company, person.fullName(), phones,
                    russian ? city.ru() : city.en(), russian ? city.regionRu() : city.regionEn(),
                    ZoneId.of(city.zone()), size, category.label(russian), russian ? "Демо-база" : "Demo base"));
        }
        return contacts;
    }

    private static Person russianPerson(Random random) {
        String surname = pick(random, RU_SURNAMES);
        String[] father = pick(random, RU_MALE);
        if (random.nextInt(5) < 2) {
            String feminine = surname.endsWith("ий")
                    ? surname.substring(0, surname.length() - 2) + "ая"
                    : surname + "а";
            return new Person(pick(random, RU_FEMALE), feminine, father[2]);
        }
        return new Person(pick(random, RU_MALE)[0], surname, father[1]);
    }

    private static Person englishPerson(Random random) {
        String[] firstNames = random.nextInt(5) < 2 ? EN_FEMALE : EN_MALE;
        return new Person(pick(random, firstNames), pick(random, EN_SURNAMES), null);
    }

    private static String russianCompany(Category category, CompanySize size, Random random) {
        String form = size == CompanySize.LARGE && random.nextBoolean() ? "АО" : "ООО";
        String name;
        if (random.nextBoolean()) {
            int gender = random.nextInt(RU_NOUNS.length);
            name = pick(random, RU_ADJECTIVES)[gender] + " " + pick(random, RU_NOUNS[gender]);
        } else {
            name = pick(random, RU_ROOTS) + pick(random, category.ruEndings);
        }
        return form + " «" + name + "»";
    }

    private static String englishCompany(Category category, CompanySize size, Random random) {
        String form = size == CompanySize.LARGE ? "Inc." : "LLC";
        return pick(random, EN_FIRST_WORDS) + " " + pick(random, EN_SECOND_WORDS) + " "
                + pick(random, category.enWords) + " " + form;
    }

    /** A city number: "+7 (495) 012-34-56", or "+7 (3812) 01-23-45" where the code has four digits. */
    private static String landline(City city, Random random) {
        String code = pick(random, city.codes());
        // Russian local numbers never start with 0, so a demo landline cannot ring a real office.
        String digits = "0" + digits(random, 9 - code.length());
        String local = code.length() == 3
                ? digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5)
                : digits.substring(0, 2) + "-" + digits.substring(2, 4) + "-" + digits.substring(4);
        return "+7 (" + code + ") " + local;
    }

    private static String digits(Random random, int count) {
        var out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(random.nextInt(10));
        }
        return out.toString();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values, ToIntFunction<T> weight) {
        int roll = random.nextInt(values.stream().mapToInt(weight).sum());
        for (T value : values) {
            roll -= weight.applyAsInt(value);
            if (roll < 0) {
                return value;
            }
        }
        throw new IllegalStateException("unreachable: the roll is below the total weight");
    }

    /** The one to talk to; a Russian name is listed as Фамилия Имя Отчество, an English one has no patronymic. */
    private record Person(String first, String last, String patronymic) {

        String fullName() {
            return patronymic == null ? first + " " + last : last + " " + first + " " + patronymic;
        }

        /** "Ковалёв А. С.", as a sole trader's name is written. */
        String withInitials() {
            return last + " " + first.charAt(0) + ". " + patronymic.charAt(0) + ".";
        }
    }
}
