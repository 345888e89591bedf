"""Decodes one object of a quantized TopoJSON file into a GeoJSON FeatureCollection.

Usage: topojson_to_geojson.py IN.json OBJECT OUT.geojson
Keeps each feature's "name" property; rounds coordinates to two decimals. Leaves Antarctica out,
and moves the parts of polygons that cross the antimeridian (Russia's Chukotka, Fiji) east of
180 degrees, so web maps do not draw bands across the world.
"""
import json
import sys


def decode_arcs(topo):
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for p in arc:
            if tr:
                x += p[0]
                y += p[1]
                pts.append([round(x * tr["scale"][0] + tr["translate"][0], 2),
                            round(y * tr["scale"][1] + tr["translate"][1], 2)])
            else:
                pts.append([round(p[0], 2), round(p[1], 2)])
        arcs.append(pts)
    return arcs


def ring(arcs, indexes):
    pts = []
    for i in indexes:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def unwrap(points):
    """Shifts western longitudes by 360 in a ring that jumps across the antimeridian."""
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(points, points[1:])):
        return [[x + 360 if x < 0 else x, y] for x, y in points]
    return points


def geometry(arcs, g):
    t = g["type"]
    if t == "Polygon":
        return {"type": t, "coordinates": [unwrap(ring(arcs, r)) for r in g["arcs"]]}
    if t == "MultiPolygon":
        return {"type": t, "coordinates": [[unwrap(ring(arcs, r)) for r in p] for p in g["arcs"]]}
    return None


def main(src, name, dst):
    topo = json.load(open(src, encoding="utf-8"))
    arcs = decode_arcs(topo)
    features = []
    for g in topo["objects"][name]["geometries"]:
        if g.get("properties", {}).get("name") == "Antarctica":
            continue
        geo = geometry(arcs, g)
        if geo:
            features.append({"type": "Feature", "properties": {"name": g.get("properties", {}).get("name")},
                             "geometry": geo})
    with open(dst, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, separators=(",", ":"), ensure_ascii=False)


if __name__ == "__main__":
    main(*sys.argv[1:4])
