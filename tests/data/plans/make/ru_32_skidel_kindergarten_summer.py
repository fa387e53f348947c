"""ГУО «Ясли-сад № 5 г. Скиделя» (Беларусь): перспективный план мероприятий на летний
оздоровительный период. No year anywhere (read in 2026-2027, so the summer of 2027). A
three-column table "Месяц | Мероприятие | Ответственные": each month cell holds numbered
items run together in one cell ("1.Праздник … 2.Физкультурный досуг …"), and the responsible
cell lists one post per item in the same order. In August the responsible cell has three
lines for four items, so no roles are read there."""
from ru_corpus import Plan, ev

P = Plan("ru-32-skidel-kindergarten-summer",
         source="https://ddu5skidel.schools.by/pages/organizatsija-raboty-v-letnij-ozdorovitelnyj-period",
         kind="kindergarten-plan", academic_year="2026-2027")
P.para("ПЕРСПЕКТИВНЫЙ ПЛАН МЕРОПРИЯТИЙ НА ЛЕТНИЙ ОЗДОРОВИТЕЛЬНЫЙ ПЕРИОД", bold=True, center=True)
P.table(["Месяц", "Мероприятие", "Ответственные"])
MUS, PE, TEA = "Музыкальный руководитель", "Руководитель физ.воспитания", "Воспитатели групп"
R = {MUS: "music-director", PE: "pe-instructor", TEA: "educator"}


def month(name, span, items, who, roles):
    P._rows.append(("row", [name, " ".join(items), who]))
    for i, t in enumerate(items):
        kw = {}
        if roles is not None:
            kw["roles"] = roles[i]
        P._add_event(t.split(".", 1)[1].strip(), ev(*span, **kw))


jun = ["1.Праздник, посвященный Дню защиты детей", "2.Физкультурный досуг «В поисках клада».",
       "3.Физкультурный досуг «В гостях у дорожных знаков».", "4.«Праздник мыльных пузырей».",
       "5.Конкурс рисунка на асфальте"]
jun_who = [MUS, PE, PE, TEA, TEA]
month("Июнь", ("2027-06-01", "2027-06-30"), jun, "\n".join(jun_who), [[R[w]] for w in jun_who])
jul = ["1.Музычнае свята \"Iван Купала».", "2.Развлечение «Парад шляп»",
       "3.Музыкальный досуг «В гостях у Водяного».",
       "4.Физкультурный досуг «Солнце, воздух и вода - закаляйся, детвора»."]
jul_who = [MUS, TEA, MUS, PE]
month("Июль", ("2027-07-01", "2027-07-31"), jul, "\n".join(jul_who), [[R[w]] for w in jul_who])
aug = ["1.Конкурс юных мастеров «Песочные фантазии» (постройки из песка).", "2.«Праздник цветов».",
       "3.Летний фестиваль «БодиАрт в детском саду.", "4.Музыкально - спортивный досуг «До свидания, лето!»"]
month("Август", ("2027-08-01", "2027-08-31"), aug,
      "Воспитатели групп\nМузыкальный руководитель, Воспитатели групп\nМузыкальный руководитель, руководитель физ.воспитания",
      None)
P.save_docx()
