// UI tests live here.
