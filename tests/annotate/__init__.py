"""Tests of the annotate stage."""
