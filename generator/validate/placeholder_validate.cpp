// placeholder until the validate phase lands
