"""МБУК «Усть-Пристанский РДК» (Алтайский край): план мероприятий, посвящённых Году культуры,
на 2014 год, as a sheet. An approval block ("Утверждаю: председатель комитета по культуре …"),
the title over four lines, a three-column table "№ | Наименование | Дата" of bare months of a
calendar year (March to December 2014), and the director's signature under it."""
from ru_corpus import Plan, ev

P = Plan("ru-54-ust-pristan-rdk-culture-year-2014",
         source="https://up-rdk.ru/dokumenty/arkhiv/2014-god/god-kultury-2014",
         kind="culture-plan", academic_year="2013-2014", batch="2026-12-07-ru-2")
for line in ["Утверждаю:", "председатель комитета", "по культуре Администрации", "Усть–Пристанского района", "_____________Т.И. Попова"]:
    P.para(line)
P.para("ПЛАН", bold=True, center=True)
P.para("Мероприятий МБУК «Усть-Пристанский РДК»", bold=True, center=True)
P.para("посвященных Году Культуры", bold=True, center=True)
P.para("на 2014 год", bold=True, center=True)
P.table(["№", "Наименование", "Дата"])
P.row(["1", "Районный конкурс «Лучший работник культуры»", "март"], ev("2014-03-01", "2014-03-31"))
P.row(["2", "Развлекательная программа «Музыкальный серпантин»", "июль"], ev("2014-07-01", "2014-07-31"))
P.row(["3", "Викторина для старших школьников «Виват, культура!»", "октябрь"], ev("2014-10-01", "2014-10-31"))
P.row(["4", "Вечер отдыха «Музыка детства»", "декабрь"], ev("2014-12-01", "2014-12-31"))
P.para("Директор")
P.para("МБУК «Усть-Пристанский")
P.para("районный Дом культуры » Е.И.Юрочкина")
P.save_xlsx()
