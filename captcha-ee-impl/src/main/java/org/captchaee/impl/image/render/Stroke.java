package org.captchaee.impl.image.render;

/**
 * A polyline to draw and its width.
 *
 * @param xy the points as x, y pairs in pixels
 * @param width the stroke width in pixels
 */
record Stroke(float[] xy, float width) {}
