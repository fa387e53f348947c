"""City of Oakdale (Minnesota) police: "National Night Out/Night to Unite and Block Events". A
"Save the Date: August 1, 2023" line under the heading, then the yearly rule ("… is held each year
on the first Tuesday in August" — the same day, no second event), what the police department offers
neighbourhood gatherings (apply "at least 10 days prior to your event": no date of its own), and a
"Block Events" part with application links (no dates). One police community event, saved as Word
paragraphs."""
from en_corpus import EnPlan, ev

P = EnPlan("en-53-oakdale-police-national-night-out-2023",
           source="https://www.oakdalemn.gov/271/National-Night-Out-Night-to-Unite-Block-",
           batch="2026-12-07-en-9", kind="event-plan", academic_year="2023")
P.para("National Night Out/Night to Unite and Block Events", bold=True)
P.para("National Night Out/Night to Unite", bold=True)
P.item("Save the Date: August 1, 2023", ev("2023-08-01"), title="National Night Out")
P.para("National Night Out/Night to Unite is held each year on the first Tuesday in August. The event builds "
       "neighborhood camaraderie and fosters partnerships between citizens and public safety organizations in an "
       "effort to make our neighborhoods safer.")
P.para("The Police Department wants your neighborhood gathering to be a successful celebration with a common theme "
       "of safety and crime prevention. If you would like to request that Police, Fire, Ambulance, McGruff, gear demo, "
       "career discussion, crime prevention topics, elected officials, etc., be part of your event, please fill out "
       "and submit the application at least 10 days prior to your event.")
P.para("Submit online National Night Out/Night to Unite Registration Form")
P.para("Block Events", bold=True)
P.para("Neighborhoods planning to have a block party and want to request a street closure are asked to submit a "
       "Block Event application:")
P.para("Submit online Block Event Permit Application")
P.para("Download and mail the Block Event Permit Application (PDF)")
P.save_docx()
