// placeholder until the render phase lands
