package app.obzvon.bench;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Phone;
import app.obzvon.importing.ExtraField;
import app.obzvon.importing.ImportedContact;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's cold base, the same on every run: a bought list of Russian companies as
 * supervisors get them (Windows-1251, ";", quoted names, numbers written every which way, some
 * with an extension or a second number, a size column in words), with a duplicate every 50 rows
 * and some garbage. Each row also comes as the contact an import makes of it, for the floor that
 * times the inserts alone.
 */
final class BaseCsv {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final String HEADER =
            "Компания;Контактное лицо;Телефон;Город;Регион;ИНН;E-mail;Категория;Размер;Комментарий";
    /** The narrow queue's region: one of eleven cities, so about 9% of the base. */
    static final String NARROW_REGION = "Новосибирская область";

    /** A line of the file, and the contact it becomes (null when the import leaves the row out). */
    record Row(String line, ImportedContact contact) {
    }

    private record City(String name, String region, String code, String zone) {
    }

    private static final List<City> CITIES = List.of(
            new City("Москва", "Москва", "495", "Europe/Moscow"),
            new City("Москва", "Москва", "499", "Europe/Moscow"),
            new City("Москва", "Москва", "916", "Europe/Moscow"),
            new City("Санкт-Петербург", "Санкт-Петербург", "812", "Europe/Moscow"),
            new City("Новосибирск", NARROW_REGION, "383", "Asia/Novosibirsk"),
            new City("Екатеринбург", "Свердловская область", "343", "Asia/Yekaterinburg"),
            new City("Казань", "Республика Татарстан", "843", "Europe/Moscow"),
            new City("Самара", "Самарская область", "846", "Europe/Samara"),
            new City("Омск", "Омская область", "3812", "Asia/Omsk"),
            new City("Красноярск", "Красноярский край", "391", "Asia/Krasnoyarsk"),
            new City("Владивосток", "Приморский край", "423", "Asia/Vladivostok"));
    private static final String[] FORMS = {"ООО", "ООО", "ООО", "ИП", "АО", "ЗАО"};
    private static final String[] ADJECTIVES = {"Северный", "Тихий", "Золотой", "Белый", "Новый", "Верный", "Ясный",
            "Лесной", "Речной", "Горный", "Быстрый", "Старый"};
    private static final String[] NOUNS = {"Ветер", "Берег", "Мост", "Парус", "Маяк", "Кедр", "Родник", "Гранит",
            "Меридиан", "Вектор", "Орион", "Альянс", "Сервис", "Снаб", "Торг", "Строй"};
    private static final String[] SURNAMES = {"Ковалёв", "Смирнов", "Лебедев", "Соколов", "Морозов", "Волков",
            "Зайцев", "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов", "Орлов", "Крылов"};
    private static final String[] NAMES = {"Андрей Сергеевич", "Ольга Игоревна", "Михаил Павлович",
            "Наталья Юрьевна", "Дмитрий Олегович", "Елена Викторовна", "Игорь Романович", "Ирина Николаевна"};
    private static final String[] CATEGORIES = {"Торговля", "Производство", "Строительство", "Услуги", "Розница",
            "Логистика", "Общепит"};
    private static final String COMMENT = "Перезвонить после обеда; секретарь не соединяет";

    private BaseCsv() {
    }

    /** Writes the first {@code rows} rows. */
    static void write(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, WINDOWS_1251)) {
            out.write(HEADER);
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(row(i, "").line());
                out.write("\r\n");
            }
        }
    }

    /** How many rows give exactly {@code contacts} imported contacts (the rest are duplicates or garbage). */
    static int rowsFor(int contacts) {
        int imported = 0;
        int i = 0;
        while (imported < contacts) {
            if (imports(i++)) {
                imported++;
            }
        }
        return i;
    }

    /** The row's contact as an import of a file named {@code fileName} makes it (its source is the file name). */
    static Row row(int i, String fileName) {
        var city = city(i);
        String company = FORMS[i % FORMS.length] + " «" + ADJECTIVES[i / 7 % ADJECTIVES.length] + " "
                + NOUNS[i / 3 % NOUNS.length] + (i % 20 == 0 ? "; филиал " + i % 97 : "-" + i % 1000) + "»";
        String person = SURNAMES[i / 5 % SURNAMES.length] + " " + NAMES[i % NAMES.length];
        String taxId = String.valueOf(7_700_000_000L + i);
        String email = i % 3 == 0 ? "info" + i + "@example.ru" : "";
        String category = CATEGORIES[i / 11 % CATEGORIES.length];
        String comment = i % 10 == 4 ? COMMENT : "";
        // 40% small, 25% medium, 15% large, 20% not given; independent of the city (period 260 against 11).
        int sizeSlot = i / 13 % 20;
        var size = sizeSlot < 8 ? CompanySize.SMALL : sizeSlot < 13 ? CompanySize.MEDIUM
                : sizeSlot < 16 ? CompanySize.LARGE : CompanySize.UNKNOWN;
        String sizeCell = switch (size) {
            case SMALL -> "Маленький";
            case MEDIUM -> "Средний";
            case LARGE -> "Крупный";
            default -> "";
        };
        var phones = new ArrayList<Phone>();
        String phoneCell = "";
        if (i % 100 == 37) {
            phoneCell = i % 200 == 37 ? "нет" : "123-45";
        } else if (i % 1000 != 500) {
            // Every 50th row repeats the number of the row 25 rows back, written another way.
            int owner = i % 50 == 49 ? i - 25 : i;
            String national = national(owner, city(owner));
            // Extensions on one row in fifty, as in real lists; one row in ten has a second number.
            int style = i % 10 == 9 && i % 50 != 9 ? 10 : i % 10;
            phoneCell = written(national, style == 8 ? 0 : style);
            phones.add(new Phone(phoneCell, Long.parseLong("7" + national), style == 9 ? "123" : null,
                    city(owner).zone()));
            if (style == 8) {
                String secondNational = "985" + padded(scramble(i, 10_000_000), 7);
                String second = written(secondNational, 3);
                phones.add(new Phone(second, Long.parseLong("7" + secondNational), null, "Europe/Moscow"));
                phoneCell += ", " + second;
            }
        }
        if (i % 1000 == 777) {
            company = "";
            person = "";
        }
        String line = String.join(";", quoted(company), person, quoted(phoneCell), city.name(), city.region(),
                taxId, email, category, sizeCell, quoted(comment));
        var extras = comment.isEmpty() ? List.<ExtraField>of() : List.of(new ExtraField("Комментарий", comment));
        var contact = imports(i) ? new ImportedContact(company, person, city.name(), city.region(), taxId,
                email.isEmpty() ? null : email, null, category, size, fileName, phones, extras) : null;
        return new Row(line, contact);
    }

    /** Whether the import keeps row i: it has a valid number and a name, and repeats no earlier number. */
    private static boolean imports(int i) {
        return i % 100 != 37 && i % 1000 != 500 && i % 1000 != 777 && i % 50 != 49;
    }

    private static City city(int i) {
        return CITIES.get(i % CITIES.size());
    }

    /** Ten digits, unique per row: a scrambled subscriber number under the city's code. */
    private static String national(int i, City city) {
        int subscriberDigits = 10 - city.code().length();
        long subscribers = (long) Math.pow(10, subscriberDigits);
        return city.code() + padded(scramble(i, subscribers), subscriberDigits);
    }

    /** A one-to-one shuffle of 0..modulus-1 (the multiplier shares no factor with powers of ten). */
    private static long scramble(int i, long modulus) {
        return (i * 7_654_321L + 1_234_567L) % modulus;
    }

    private static String padded(long number, int digits) {
        String text = Long.toString(number);
        return "0".repeat(digits - text.length()) + text;
    }

    private static String written(String national, int style) {
        String code = national.substring(0, 3);
        String rest = national.substring(3);
        String dashed = rest.substring(0, 3) + "-" + rest.substring(3, 5) + "-" + rest.substring(5);
        return switch (style) {
            case 0, 1, 2 -> "8 (" + code + ") " + dashed;
            case 3, 4 -> "+7 " + code + " " + rest.substring(0, 3) + " " + rest.substring(3, 5) + " " + rest.substring(5);
            case 5 -> "8" + national;
            case 6 -> "+7(" + code + ")" + rest;
            case 7 -> "8-" + code + "-" + dashed;
            case 9 -> "8 (" + code + ") " + dashed + " доб. 123";
            default -> "7" + national;
        };
    }

    private static String quoted(String cell) {
        return cell.contains(";") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
