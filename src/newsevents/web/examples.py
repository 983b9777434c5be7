"""An invented article for the coding page's "try an example" link (not a real report)."""

EXAMPLE = {
    "title": "Border talks resume as Armenia and Azerbaijan trade accusations",
    "published": "2025-04-09",
    "text": (
        "YEREVAN, April 9 (Newswire) - Armenian and Azerbaijani negotiators met in Tbilisi on "
        "Tuesday to resume talks on demarcating their shared border, a day after Baku accused "
        "Armenian troops of firing on its positions near the village of Sotk.\n\n"
        "\"We came here to find solutions, not to exchange blame,\" Armenian Foreign Minister "
        "Ararat Mirzoyan told reporters after the meeting, which was hosted by the Georgian "
        "government.\n\n"
        "Azerbaijan's defence ministry said on Monday that Armenian forces had shelled its "
        "positions overnight and wounded two soldiers. Yerevan denied the claim and called on "
        "the European Union to send more monitors to the border.\n\n"
        "The European Union's foreign policy chief Kaja Kallas welcomed the talks and pledged "
        "10 million euros in humanitarian aid for families displaced by the fighting. She "
        "urged both governments to sign a peace agreement before the end of the year.\n\n"
        "Police in Yerevan detained 35 protesters who blocked a main road on Wednesday, "
        "demanding the resignation of Prime Minister Nikol Pashinyan over the border "
        "concessions.\n"
    ),
}
