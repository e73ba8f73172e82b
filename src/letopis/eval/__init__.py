"""Evaluation harnesses: factRuEval-2016 (tracks 1 and 3) and NEREL v1.1; predictors come in as functions."""
