"""pandera schemas of every table that crosses a stage: the documentation of the data."""
