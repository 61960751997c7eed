# grid
# The power-interest grid.
