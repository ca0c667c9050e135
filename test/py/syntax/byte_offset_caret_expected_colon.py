if café == "crème"
    pass
