"""James Kennedy Public Library (dyersville.lib.ia.us): "SUMMER READING PROGRAMS 2025", Word
paragraphs and bullets. The year only in the heading; each programme a heading over bullets, its span
in one bullet ("Program runs June 1-August 31", "Bingo runs June 1 - August 31"), other bullets
rules and prizes (no dates; "Registration begins on June 1 …" is the programme's first day, not an
event of its own), the sponsor in the last bullet ("sponsored by the Friends of the James Kennedy
Public Library" — a partner). The stored copy ends inside the bingo bullets (cut there)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-68-dyersville-library-summer-reading-2025",
           source="https://www.dyersville.lib.ia.us/events/summer-reading-programs",
           batch="2026-12-07-en-13", kind="library-plan", academic_year="2024-2025")
P.para("SUMMER READING PROGRAMS 2025", bold=True)
P.para("CSLP_2025_Posters_Children-ENG-SML.jpg")
P.para("Welcome to the 2025 Summer Reading Programs for all ages! The theme for all the programs is Color Our World.  The "
       "program theme this year invites you to embark on a journey of art and creativity, while celebrating the myriad "
       "ways in which art enriches our lives.  The program is designed to inspire and engage readers of all ages through "
       "a diverse array of artistic expressions.  Below is information on our programs. ")
P.item("Adult Summer Library Program",
       ev("2025-06-01", "2025-08-31", title="Adult Summer Library Program",
          partners=["Friends of the James Kennedy Public Library"]))
for b in ["For everyone 18 and older", "Program runs June 1-August 31",
          "Registration begins on June 1 and adults are welcome to join throughout the summer",
          "Participants will receive a bookbag, bookmark, and a free book just for registering",
          "Participants will track books read or listened to, library services used, programs attended, and activities "
          "completed to earn prizes.  Download the flyer/log here.",
          "For each four items completed, participants will be able to select an item from the prize box or another book",
          "Prizes will be library swag, items donated to the library and things fitting the art theme",
          "Participants who complete at least sixteen activities, which must include reading at least four books, will "
          "have completed the program and will be eligible for the grand prize drawings",
          "Grand Prize drawings will include 2 ski / lift passes to Sundown, a Book Lover’s Basket, an Arts and Crafts "
          "basket, a Library Swag Basket, and more.",
          "Special programs will also be scheduled",
          "The adult summer library program is sponsored by the Friends of the James Kennedy Public Library"]:
    P.para(b, style="List Bullet")
P.item("Color Our World: Book Genre Bingo", ev("2025-06-01", "2025-08-31", title="Book Genre Bingo"))
for b in ["For adults and teens", "Bingo runs June 1 - August 31",
          "Pick up a bingo form at the library and read different genres. Or down"]:
    P.para(b, style="List Bullet")
P.save_docx()
