import L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?url';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?url';
import clusterThemeCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css?url';
import type { CompactItem } from '../../lib/register/compact-query.ts';

/** What the explorer does with the map once it is loaded. */
export interface MapController {
  show(items: readonly CompactItem[], here?: { lat: number; lng: number }): void;
}

/** Drawing of each kind (icon path data by kind id), so markers show what a device is. */
export type KindIcons = Record<string, string>;

function addStylesheet(href: string): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

/**
 * Loaded only when the reader opens the map: Leaflet with clustering, no tile layer (no request
 * leaves the site), district borders from the site's own GeoJSON. Markers are keyboard-reachable
 * buttons with the device's name; Enter opens a link to its page.
 */
export async function createMap(
  element: HTMLElement,
  districtsUrl: string,
  locale: string,
  kindIcons: KindIcons,
): Promise<MapController> {
  [leafletCss, clusterCss, clusterThemeCss].forEach(addStylesheet);
  // The clustering plugin extends the global L.
  (globalThis as unknown as { L: typeof L }).L = L;
  await import('leaflet.markercluster');

  const map = L.map(element, { zoomSnap: 0.5, minZoom: 11, maxZoom: 19, attributionControl: false, keyboard: true });
  const districts = (await fetch(districtsUrl).then((response) => response.json())) as GeoJSON.FeatureCollection;
  const districtLayer = L.geoJSON(districts, {
    style: { color: '#0b4f6c', weight: 2, fill: true, fillOpacity: 0.04 },
    interactive: false,
    onEachFeature: (feature, layer) => {
      const names = (feature.properties as { name: Record<string, string> }).name;
      layer.bindTooltip(names[locale] ?? Object.values(names)[0] ?? '', {
        permanent: true,
        direction: 'center',
        className: 'district-label',
      });
    },
  }).addTo(map);
  map.fitBounds(districtLayer.getBounds());

  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 }).addTo(map);
  const areas = L.layerGroup().addTo(map);
  let hereMarker: L.CircleMarker | undefined;

  const popup = (item: CompactItem) => {
    const link = document.createElement('a');
    link.href = `/${locale}/register/${item.id}/`;
    link.textContent = item.name;
    return link;
  };

  return {
    show(items, here) {
      clusters.clearLayers();
      areas.clearLayers();
      const markers: L.Marker[] = [];
      for (const item of items) {
        if (item.lat !== null && item.lng !== null) {
          const personal = item.values.personalData[0] === 'yes';
          const marker = L.marker([item.lat, item.lng], {
            title: item.name,
            alt: item.name,
            keyboard: true,
            icon: L.divIcon({
              className: `register-marker register-marker--${personal ? 'personal' : 'plain'}`,
              iconSize: [30, 30],
              html: `<svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="${kindIcons[item.values.kind[0]!] ?? ''}"/></svg>`,
            }),
          }).bindPopup(() => popup(item));
          marker.on('add', () => marker.getElement()?.setAttribute('aria-label', item.name));
          markers.push(marker);
        } else {
          const covered = districts.features.filter((feature) =>
            item.values.district.includes(String((feature.properties as { id: string }).id)),
          );
          L.geoJSON({ type: 'FeatureCollection', features: covered } as GeoJSON.FeatureCollection, {
            style: { color: '#9a4d00', weight: 3, dashArray: '6 6', fill: false },
          })
            .bindTooltip(item.name)
            .bindPopup(() => popup(item))
            .addTo(areas);
        }
      }
      clusters.addLayers(markers);
      hereMarker?.remove();
      if (here) {
        hereMarker = L.circleMarker([here.lat, here.lng], { radius: 9, color: '#17683a', weight: 4 }).addTo(map);
        map.setView([here.lat, here.lng], 16);
      }
    },
  };
}
