# strategy
# Deal rules in the analysis, the pipeline, the plan sums and margins in the portfolio, the one-page account plan.
