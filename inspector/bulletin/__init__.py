"""The city's year: rounds compared, districts and units ranked, for the monthly bulletin
(月通报), the quarter (季评比) and the year (年底考核)."""
