// vendor branding
document.title = 'Helpdesk Pro';
