# plan
# The account plan view and its form.
