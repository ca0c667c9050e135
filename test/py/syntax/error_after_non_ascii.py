def grüßen(name):
    message = "Grüße, " + name + "! Schön, dich zu sehen" ++ )
    return message
