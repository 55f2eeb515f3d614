from imp_err.second import helper
VALUE = helper()
