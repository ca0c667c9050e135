# leading comment

x = 1  # trailing comment
# between statements


def f(  # after paren
    a,  # after a
    # on its own line
    b,
):  # after colon
    # first line of body

    return a  # end

    # trailing in body
# dedent comment
class C:  # class
    # only comment

    pass
