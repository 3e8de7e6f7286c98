/** Where each network's share dialog lives, and how it takes the link. No scripts, no trackers. */
export interface ShareTarget {
  network: 'whatsapp' | 'telegram' | 'x' | 'facebook' | 'linkedin' | 'email';
  href: string;
}

export function shareTargets(url: string, title: string, description: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    // WhatsApp shows the preview of the first link in the text; the headline before it reads naturally.
    { network: 'whatsapp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: 'telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
    { network: 'x', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: 'email', href: `mailto:?subject=${text}&body=${encodeURIComponent(`${description}\n\n${url}`)}` },
  ];
}
