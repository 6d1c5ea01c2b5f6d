"""Reports: the 40-point scorecard PDF, problem lists for dispatch, data exports."""
